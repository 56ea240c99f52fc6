/**
 * Colours a person can pick: hex, because the reader's caret extension accepts only `#rrggbb`.
 * None is near a kind's hue (claim blue, evidence green, counterclaim orange): coloured by
 * author, a node must not pass for another kind.
 */
export const personColors = ['#dc2626', '#9333ea', '#db2777', '#0891b2', '#ca8a04', '#c026d3', '#0d9488', '#be123c'] as const

/**
 * One of the palette's colours. A colour stored or announced from before this palette (which
 * held the kind colours) is not, and its owner gets `colorForId` instead, the same in every browser.
 */
export const isPersonColor = (value: unknown): value is string => typeof value === 'string' && (personColors as readonly string[]).includes(value.toLowerCase())

/** A stable colour for someone who has not picked one (or whose colour this browser never saw). */
export function colorForId(id: string): string {
  let hash = 0
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0
  return personColors[Math.abs(hash) % personColors.length]!
}

/** One or two letters for an avatar. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!].map((word) => [...word][0]) : [...(words[0] ?? '?')].slice(0, 2)
  return letters.join('').toUpperCase() || '?'
}
