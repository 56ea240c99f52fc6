import type { Role, RoomLink } from '@warrant/model'
import { roleDescriptions, roleLabels } from '../access/roleLabels'
import { ShareLinkRow } from './ShareLinkRow'

export interface ShareRoleSectionProps {
  role: Role
  /** Active links of this role, newest first. */
  links: RoomLink[]
  ownLinkId: string
  busy: boolean
  /** False while showing saved links offline: nothing can be minted or revoked. */
  canChange: boolean
  onNew: (role: Role) => void
  onRevoke: (linkId: string) => void
}

/** One role's links in the Share dialog. */
export function ShareRoleSection({ role, links, ownLinkId, busy, canChange, onNew, onRevoke }: ShareRoleSectionProps) {
  const newest = [...links].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return (
    <section className={`share-role share-role-${role}`} aria-labelledby={`share-role-${role}`}>
      <div className="share-role-head">
        <h3 id={`share-role-${role}`}>{roleLabels[role]}</h3>
        <span className="share-role-what">{roleDescriptions[role]}</span>
        <button type="button" className="share-new" data-testid={`share-new-${role}`} disabled={busy || !canChange} onClick={() => onNew(role)}>
          New link
        </button>
      </div>
      {newest.length === 0 ? (
        <p className="share-none">No active link. Make a new one to invite someone as {roleLabels[role].toLowerCase()}.</p>
      ) : (
        <ul className="share-links">
          {newest.map((link, index) => (
            <ShareLinkRow
              key={link.id}
              link={link}
              primary={index === 0}
              own={link.id === ownLinkId}
              busy={busy}
              canRevoke={canChange}
              onRevoke={onRevoke}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
