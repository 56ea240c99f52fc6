import type { Reading } from './Reading'
import { htmlFromDocx } from './htmlFromDocx'
import { readingFromHtml } from './readingFromHtml'
import type { HtmlWindow } from './sanitiseHtml'

/** A Word (.docx) reading: mammoth → HTML → the HTML path; mammoth's warnings are kept. */
export async function readingFromDocx(bytes: Uint8Array, options: { window: HtmlWindow; name?: string }): Promise<Reading> {
  const name = options.name ?? 'document.docx'
  const { html, warnings } = await htmlFromDocx(bytes, name)
  return readingFromHtml(html, { window: options.window, name, warnings })
}
