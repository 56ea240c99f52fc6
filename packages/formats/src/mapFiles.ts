import { type ImportSummary, type MapImport, type Room, applyMapImport, writeReadingText } from '@warrant/model'
import { FormatError, type MapFormat } from './FormatError'
import { readMapData } from './MapData'
import { exportAif } from './aif/exportAif'
import { importAif } from './aif/importAif'
import { exportAnnotations } from './annotations/exportAnnotations'
import { importAnnotations } from './annotations/importAnnotations'
import { exportArgdown } from './argdown/exportArgdown'
import { importArgdown } from './argdown/importArgdown'
import { exportOutline } from './outline/exportOutline'
import { formatName } from './parseJsonFile'
import { applySnapshotImport } from './snapshot/applySnapshotImport'
import { exportSnapshot } from './snapshot/exportSnapshot'
import { importSnapshot } from './snapshot/importSnapshot'

export const mapImportFormats = ['aif', 'argdown', 'json', 'annotations'] as const
export type MapImportFormat = (typeof mapImportFormats)[number]
export const mapExportFormats = ['aif', 'argdown', 'json', 'md', 'annotations'] as const
export type MapExportFormat = (typeof mapExportFormats)[number]

export const isMapImportFormat = (value: string): value is MapImportFormat => (mapImportFormats as readonly string[]).includes(value)
export const isMapExportFormat = (value: string): value is MapExportFormat => (mapExportFormats as readonly string[]).includes(value)

/** Reads a map file into a MapImport without touching any room. Throws only FormatError. */
export function readMapFile(format: MapImportFormat, body: string | Uint8Array): MapImport {
  return guarded(format, () => {
    if (format === 'aif') return importAif(body)
    if (format === 'argdown') return importArgdown(body)
    if (format === 'annotations') return importAnnotations(body)
    return importSnapshot(body).map
  })
}

/**
 * `POST /api/rooms/<id>/map?format=…` (and a new room made from a map file): reads the file
 * completely, then adds it to the room's map in one transaction and returns the summary. A room
 * without a reading first gets the one the file carries (an OVA3 save's text, a snapshot's
 * reading). A bad file throws FormatError before anything is written: the room is unchanged.
 */
export function importMapFile(room: Room, format: MapImportFormat, body: string | Uint8Array, options = { anchorQuotes: true }): ImportSummary {
  if (format === 'json') {
    const snapshot = guarded(format, () => importSnapshot(body))
    return applySnapshotImport(room, snapshot, options)
  }
  const map = readMapFile(format, body)
  if (room.content.length === 0 && map.text?.trim()) room.textDoc.transact(() => writeReadingText(room.content, map.text!))
  const { nodeIds: _nodes, junctionIds: _junctions, ...summary } = applyMapImport(room, map, options)
  return summary
}

export interface ExportedMapFile {
  body: string
  contentType: string
  filename: string
}

const exportTypes: Record<MapExportFormat, { contentType: string; extension: string }> = {
  aif: { contentType: 'application/json; charset=utf-8', extension: '.aif.json' },
  argdown: { contentType: 'text/plain; charset=utf-8', extension: '.argdown' },
  json: { contentType: 'application/json; charset=utf-8', extension: '.warrant.json' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: '.md' },
  annotations: { contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8', extension: '.annotations.jsonld' },
}

/**
 * `GET /api/rooms/<id>/export?format=…`: the file, its content type and a filename from the
 * reading's title. `source` is the IRI annotations point into (the room's URL).
 */
export function exportMapFile(room: Room, format: MapExportFormat, { source = 'urn:warrant:reading' }: { source?: string } = {}): ExportedMapFile {
  const map = readMapData(room)
  const body =
    format === 'aif' ? exportAif(map)
    : format === 'argdown' ? exportArgdown(map)
    : format === 'json' ? exportSnapshot(room)
    : format === 'md' ? exportOutline(map)
    : exportAnnotations(map, { source })
  const { contentType, extension } = exportTypes[format]
  return { body, contentType, filename: `${fileStem(map.title)}${extension}` }
}

/** A safe file name from a title: letters, digits and dashes, never empty. */
export function fileStem(title: string): string {
  const stem = title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '')
  return stem || 'map'
}

function guarded<T>(format: MapImportFormat, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof FormatError) throw error
    const json: MapFormat = format
    throw new FormatError(json, `${formatName(json)}: the file could not be read (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}).`, {}, { cause: error })
  }
}
