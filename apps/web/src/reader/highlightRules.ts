/**
 * CSS that lights the hovered node's passage and flashes a revealed one. A rule per state
 * instead of new decorations: hovering must not rebuild the editor's decorations.
 */
export function highlightRules(hoveredNodeId: string | null, flashNodeId: string | null, serial: number): string {
  const rules: string[] = []
  if (hoveredNodeId) rules.push(`.hl[data-node-id="${CSS.escape(hoveredNodeId)}"]{box-shadow:0 0 0 2px var(--hl-ring);}`)
  // Alternate two identical animations so that revealing the same passage twice flashes again.
  if (flashNodeId) rules.push(`.hl[data-node-id="${CSS.escape(flashNodeId)}"]{animation:hl-flash-${serial % 2} 1.5s ease-out;}`)
  return rules.join('\n')
}
