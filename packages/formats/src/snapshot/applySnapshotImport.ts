import { type ApplyMapImportOptions, type ImportSummary, type Room, applyMapImport, textDocKeys } from '@warrant/model'
import type { SnapshotImport } from './importSnapshot'
import { writeTipTap } from './tiptapJson'

/**
 * Loads a snapshot into a room: into an empty room its reading, metadata and map (a lossless
 * copy, new ids); into a room that has a reading only the map, re-anchored by quote.
 * Text and map are two docs, so two transactions: the reading first.
 */
export function applySnapshotImport(room: Room, snapshot: SnapshotImport, options: ApplyMapImportOptions = { anchorQuotes: true }): ImportSummary {
  if (room.content.length === 0) {
    room.textDoc.transact(() => {
      writeTipTap(room.content, snapshot.content)
      const meta = room.textDoc.getMap(textDocKeys.meta)
      for (const [key, value] of Object.entries(snapshot.meta)) meta.set(key, value)
      if (snapshot.title && !snapshot.meta.title) meta.set('title', snapshot.title)
    })
  }
  const { nodeIds: _nodes, junctionIds: _junctions, ...summary } = applyMapImport(room, snapshot.map, options)
  return summary
}
