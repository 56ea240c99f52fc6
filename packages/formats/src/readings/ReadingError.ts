export type ReadingErrorCode = 'too-large' | 'too-long' | 'unsupported' | 'corrupt' | 'empty'

/** Why a file could not become a reading. The message names the file and the problem. */
export class ReadingError extends Error {
  override readonly name = 'ReadingError'
  constructor(
    readonly code: ReadingErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** ‘paper.pdf’ — the file name as it appears in messages. */
export function quoteFileName(name: string): string {
  const short = name.length > 80 ? `${name.slice(0, 77)}…` : name
  return `‘${short || 'the file'}’`
}

export function isReadingError(error: unknown): error is ReadingError {
  return error instanceof ReadingError
}
