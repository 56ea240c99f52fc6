import type { ReadingInline, ReadingMark } from './Reading'

/** The order StarterKit's schema ranks these marks in (checked against the editor in apps/web). */
const markOrder = ['link', 'bold', 'code', 'italic'] as const

/**
 * Marks as ProseMirror would keep them: one of each kind, in schema order. `code` excludes every
 * other mark in TipTap; where a link and code meet, the link is kept (it carries more).
 */
export function normaliseMarks(marks: readonly ReadingMark[]): ReadingMark[] {
  const byType = new Map<ReadingMark['type'], ReadingMark>()
  for (const mark of marks) byType.set(mark.type, mark)
  if (byType.has('code')) {
    const link = byType.get('link')
    return link ? [link] : [{ type: 'code' }]
  }
  return markOrder.flatMap((type) => {
    const mark = byType.get(type)
    return mark ? [mark] : []
  })
}

const sameMarks = (a: readonly ReadingMark[] = [], b: readonly ReadingMark[] = []) => JSON.stringify(a) === JSON.stringify(b)

/** Appends text, merging it into the previous text node when the marks agree. Empty text is skipped. */
export function appendText(inlines: ReadingInline[], text: string, marks: readonly ReadingMark[]): void {
  if (text.length === 0) return
  const normalised = normaliseMarks(marks)
  const last = inlines.at(-1)
  if (last?.type === 'text' && sameMarks(last.marks, normalised)) {
    last.text += text
    return
  }
  inlines.push(normalised.length > 0 ? { type: 'text', text, marks: normalised } : { type: 'text', text })
}

/** Removes whitespace at the start and end of a textblock and around hard breaks (as a browser renders it). */
export function trimInlines(inlines: ReadingInline[]): ReadingInline[] {
  const result: ReadingInline[] = []
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index]!
    if (inline.type !== 'text') {
      result.push(inline)
      continue
    }
    let text = inline.text
    const previous = inlines[index - 1]
    const next = inlines[index + 1]
    if (!previous || previous.type === 'hardBreak') text = text.replace(/^[ \t\n\r\f]+/, '')
    if (!next || next.type === 'hardBreak') text = text.replace(/[ \t\n\r\f]+$/, '')
    if (text.length > 0) result.push({ ...inline, text })
  }
  while (result.at(-1)?.type === 'hardBreak') result.pop()
  return result
}

export function inlineTextLength(inlines: readonly ReadingInline[]): number {
  let length = 0
  for (const inline of inlines) length += inline.type === 'text' ? inline.text.length : 1
  return length
}
