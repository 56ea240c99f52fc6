import type { Reading } from '@warrant/formats'
import { ApiError } from '../http/ApiError'

/**
 * A reading from an uploaded file (.txt, .md, .html, .docx, .pdf), parsed before the room
 * exists, so a bad file never leaves a half-made room. HTML and .docx are sanitised with
 * DOMPurify, which needs a DOM: a happy-dom window with every loader off, closed afterwards.
 */
export async function readUploadedReading(bytes: Uint8Array, name: string, mime: string): Promise<Reading> {
  const [{ isReadingError, readingFromFile }, { Window }] = await Promise.all([import('@warrant/formats'), import('happy-dom')])
  const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, disableJavaScriptEvaluation: true } })
  try {
    return await readingFromFile(bytes, name, mime, undefined, { window })
  } catch (error) {
    if (isReadingError(error)) throw new ApiError(error.code === 'too-large' || error.code === 'too-long' ? 413 : 400, error.message)
    throw error
  } finally {
    await window.happyDOM.close()
  }
}
