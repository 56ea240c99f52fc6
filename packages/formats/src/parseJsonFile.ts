import { FormatError, type MapFormat, maxMapFileLength } from './FormatError'

const formatNames: Record<MapFormat, string> = { aif: 'AIF', argdown: 'Argdown', annotations: 'Web Annotations', json: 'Warrant JSON' }

/** Parses a JSON file (text or bytes, BOM allowed); a syntax error names its line and column. */
export function parseJsonFile(input: string | Uint8Array, format: MapFormat): unknown {
  const name = formatNames[format]
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input)
  if (text.length > maxMapFileLength) throw new FormatError(format, `${name}: the file is larger than ${maxMapFileLength / 1024 / 1024} MB.`)
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim().length === 0) throw new FormatError(format, `${name}: the file is empty.`)
  try {
    return JSON.parse(body) as unknown
  } catch (error) {
    const at = /position (\d+)/.exec(String((error as Error).message))
    const offset = at ? Number(at[1]) : body.length
    const line = body.slice(0, offset).split('\n').length
    const column = offset - body.lastIndexOf('\n', offset - 1)
    const reason = offset >= body.trimEnd().length ? 'the file ends too early (truncated?)' : 'it is not valid JSON'
    throw new FormatError(format, `${name}: ${reason} at line ${line}, column ${column}.`, { line }, { cause: error })
  }
}

export function formatName(format: MapFormat): string {
  return formatNames[format]
}
