import type { Role } from '@warrant/model'
import { roleDescriptions, roleLabels } from './roleLabels'

/** The header's small chip saying what this person may do here. */
export function RoleChip({ role }: { role: Role }) {
  return (
    <span className={`role-chip role-${role}`} title={roleDescriptions[role]} data-testid="role-chip" data-role={role}>
      {roleLabels[role]}
    </span>
  )
}
