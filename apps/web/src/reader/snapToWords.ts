const wordCharacter = /[\p{L}\p{N}\p{M}'’_-]/u

/**
 * Widens a selection that cuts into a word to the whole word: a quote of "to" when the reader
 * meant "told" would be a wrong quote. Offsets are in the plain text.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.min(start, end)
  let to = Math.max(start, end)
  while (from > 0 && from < to && isWord(text[from - 1]) && isWord(text[from])) from--
  while (to < text.length && to > from && isWord(text[to - 1]) && isWord(text[to])) to++
  return { start: from, end: to }
}

const isWord = (character: string | undefined) => character !== undefined && wordCharacter.test(character)
