import type { MapImportFormat } from './mapFiles'

/**
 * Whether an uploaded file is a map (AIF/OVA3, Argdown, a Warrant snapshot) rather than a
 * reading, and which. JSON is a Warrant snapshot when it says so, AIF otherwise.
 */
export function mapFileFormat(name: string, bytes: Uint8Array): MapImportFormat | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.argdown') || lower.endsWith('.ad')) return 'argdown'
  if (lower.endsWith('.jsonld')) return 'annotations'
  if (!lower.endsWith('.json')) return null
  const head = new TextDecoder().decode(bytes.subarray(0, 4096))
  return /^\s*\{\s*"warrant"\s*:/.test(head) ? 'json' : 'aif'
}
