import { type Role, canWrite } from '@warrant/model'

/** A plain line under the header for the roles that cannot change everything. */
export function ReadOnlyBanner({ role }: { role: Role }) {
  if (canWrite(role, 'text')) return null
  const text = canWrite(role, 'map') ? 'Read-only reading — you can highlight and map' : 'View only'
  return (
    <div className={`readonly-banner readonly-${role}`} role="note" data-testid="readonly-banner">
      {text}
    </div>
  )
}
