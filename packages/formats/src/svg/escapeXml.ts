/** Whether XML 1.0 allows a code point (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF are out). */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff
}

/** The text with characters XML cannot carry replaced by U+FFFD (iterating by code point pairs surrogates). */
function xmlSafe(text: string): string {
  let safe = ''
  for (const char of text) safe += isXmlChar(char.codePointAt(0)!) || char.length === 2 ? char : '\ufffd'
  return safe
}

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
