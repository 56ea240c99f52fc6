import type { LinkKind } from '@warrant/model'
import { linkColors } from '../app/kindColors'

/** The marker at the end of a link of this kind; premises run into their junction with none. */
export const linkMarkerId = (kind: LinkKind | 'conclusion'): string | undefined => (kind === 'premise' ? undefined : `warrant-link-end-${kind}`)

function Arrow({ id, color }: { id: string; color: string }) {
  return (
    <marker id={id} viewBox="0 0 12 12" refX="11" refY="6" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
      <path d="M1,1 L11,6 L1,11 z" fill={color} />
    </marker>
  )
}

function BarredArrow({ id, color }: { id: string; color: string }) {
  return (
    <marker id={id} viewBox="0 0 18 14" refX="17" refY="7" markerWidth="20" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
      <rect x="0" y="0" width="3" height="14" fill={color} />
      <path d="M6,2 L17,7 L6,12 z" fill={color} />
    </marker>
  )
}

/** The arrowheads of links, defined once for the whole page (the image export draws the same). */
export function LinkMarkers() {
  return (
    <svg className="link-markers" aria-hidden="true" width="0" height="0">
      <defs>
        <Arrow id={linkMarkerId('supports')!} color={linkColors.supports} />
        <Arrow id={linkMarkerId('conclusion')!} color={linkColors.supports} />
        <BarredArrow id={linkMarkerId('attacks')!} color={linkColors.attacks} />
        <BarredArrow id={linkMarkerId('undercuts')!} color={linkColors.undercuts} />
        <Arrow id={linkMarkerId('rephrases')!} color={linkColors.rephrases} />
      </defs>
    </svg>
  )
}
