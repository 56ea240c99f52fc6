import type { LinkKind } from '@warrant/model'
import { linkPalette } from './mapPalette'

export const exportMarkerId = (kind: LinkKind): string | null => {
  const marker = linkPalette[kind]?.marker ?? 'arrow'
  if (marker === 'none') return null
  return `warrant-export-${marker}-${(linkPalette[kind]?.color ?? '#475569').slice(1)}`
}

/** The arrowheads of apps/web/src/map/LinkMarkers.tsx: an arrow for supports, a barred arrow for attacks. */
export function linkMarkers(): string {
  const seen = new Set<string>()
  const parts: string[] = []
  for (const { color, marker } of Object.values(linkPalette)) {
    const id = `warrant-export-${marker}-${color.slice(1)}`
    if (marker === 'none' || seen.has(id)) continue
    seen.add(id)
    parts.push(
      marker === 'arrow'
        ? `<marker id="${id}" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto">` +
            `<path d="M1,1 L11,6 L1,11 z" fill="${color}"/></marker>`
        : `<marker id="${id}" viewBox="0 0 18 14" refX="17" refY="7" markerWidth="20" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto">` +
            `<rect x="0" y="0" width="3" height="14" fill="${color}"/><path d="M6,2 L17,7 L6,12 z" fill="${color}"/></marker>`,
    )
  }
  return parts.join('')
}
