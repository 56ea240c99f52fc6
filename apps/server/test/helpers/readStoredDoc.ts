import path from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'

export interface StoredRows {
  updates: Buffer[]
  snapshot: Buffer | undefined
}

/** The rows stored for one doc, read straight from the SQLite file (server stopped or not). */
export function readStoredRows(dataDir: string, docName: string): StoredRows {
  const db = new Database(path.join(dataDir, 'warrant.sqlite'))
  try {
    const updates = db.prepare('SELECT bytes FROM updates WHERE doc = ? ORDER BY seq').all(docName) as { bytes: Buffer }[]
    const snapshot = db.prepare('SELECT bytes FROM snapshots WHERE doc = ?').get(docName) as { bytes: Buffer } | undefined
    return { updates: updates.map((row) => row.bytes), snapshot: snapshot?.bytes }
  } finally {
    db.close()
  }
}

/** The doc as storage holds it. */
export function readStoredDoc(dataDir: string, docName: string): Y.Doc {
  const rows = readStoredRows(dataDir, docName)
  const doc = new Y.Doc()
  for (const bytes of [...(rows.snapshot ? [rows.snapshot] : []), ...rows.updates]) Y.applyUpdate(doc, bytes)
  return doc
}
