import mammoth from 'mammoth'
import { ReadingError, quoteFileName } from './ReadingError'

export interface DocxHtml {
  html: string
  /** mammoth's messages: styles it did not recognise, and the like. */
  warnings: string[]
}

/**
 * A .docx as HTML, through mammoth (no DOM needed, so it runs in a worker). Images are not
 * embedded (a reading is text): each becomes its alt text, or is left out.
 */
export async function htmlFromDocx(bytes: Uint8Array, name = 'document.docx'): Promise<DocxHtml> {
  const input = { buffer: bytes, arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }
  try {
    const result = await mammoth.convertToHtml(input as unknown as Parameters<typeof mammoth.convertToHtml>[0], {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
    })
    const warnings = [...new Set(result.messages.map((message) => `${quoteFileName(name)}: ${message.message}`))]
    return { html: result.value, warnings: warnings.slice(0, 20) }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ReadingError('corrupt', `${quoteFileName(name)} is not a readable Word document: ${reason}.`, { cause: error })
  }
}
