import type { LinkKind } from '@warrant/model'
import { linkColors } from '../app/kindColors'

export const linkMarkerId = (kind: LinkKind): string => `warrant-link-end-${kind}`

/** The arrowheads of links, defined once for the whole page. */
export function LinkMarkers() {
  return (
    <svg className="link-markers" aria-hidden="true" width="0" height="0">
      <defs>
        <marker id={linkMarkerId('supports')} viewBox="0 0 12 12" refX="11" refY="6" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M1,1 L11,6 L1,11 z" fill={linkColors.supports} />
        </marker>
        <marker id={linkMarkerId('attacks')} viewBox="0 0 18 14" refX="17" refY="7" markerWidth="20" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <rect x="0" y="0" width="3" height="14" fill={linkColors.attacks} />
          <path d="M6,2 L17,7 L6,12 z" fill={linkColors.attacks} />
        </marker>
      </defs>
    </svg>
  )
}
