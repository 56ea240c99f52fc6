export type MapFormat = 'aif' | 'argdown' | 'annotations' | 'json'

/**
 * Why a file could not be read as a map. The message names the format and, where it can, the
 * line or the field ("AIF: nodes[3].type must be a string"), for a 400 answer as it is.
 */
export class FormatError extends Error {
  override readonly name = 'FormatError'
  constructor(
    readonly format: MapFormat,
    message: string,
    readonly where: { line?: number; field?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError
}

/** Largest map file read (characters); the HTTP layer should refuse bigger bodies before this. */
export const maxMapFileLength = 20 * 1024 * 1024
