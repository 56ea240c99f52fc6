/** Characters Argdown reads as syntax inside statement text; a backslash makes them text. */
const syntax = /[\\[\]<>#{}*_/@+\-=:~`|^$]/g

/** Statement text for Argdown: one line (Argdown statements cannot hold line breaks), syntax escaped. */
export function escapeArgdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(syntax, (character) => `\\${character}`)
}

/** Flow YAML that Argdown's data token reads back: JSON, with braces inside strings escaped. */
export function argdownData(value: unknown): string {
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, (string) => string.replace(/\{/g, '\\u007b').replace(/\}/g, '\\u007d'))
}

/** A readable title from the first words of a text, unique among `taken` (which it joins). */
export function uniqueTitle(text: string, fallback: string, taken: Set<string>): string {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 6).join(' ') ?? ''
  const base = (words.length > 48 ? words.slice(0, 48).trim() : words) || fallback
  let title = base
  for (let n = 2; taken.has(title.toLowerCase()); n++) title = `${base} ${n}`
  taken.add(title.toLowerCase())
  return title
}
