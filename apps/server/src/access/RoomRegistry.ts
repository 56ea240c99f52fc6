import { createId, type DocName, docNames, type Role, roles } from '@warrant/model'
import { storageName } from '../protocol/docNames'
import type Database from 'better-sqlite3'
import type { SqliteStorage } from '../storage/SqliteStorage'

export interface RoomRow {
  id: string
  title: string
  /** Random per creation: a browser copy from an earlier room of the same id has another one. */
  epoch: string
  createdAt: number
}

export interface LinkRow {
  /** The link id, which is also the `jti` of its tokens. */
  jti: string
  room: string
  role: Role
  createdAt: number
  revokedAt: number | null
}

export interface NewRoom {
  id: string
  title: string
  epoch: string
  /** Initial state of each doc, written in the same transaction as the registry rows. */
  docs: Record<DocName, Uint8Array>
}

const schema = `
  CREATE TABLE IF NOT EXISTS rooms (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    epoch TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS links (
    jti TEXT PRIMARY KEY,
    room TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  );
  CREATE INDEX IF NOT EXISTS links_by_room ON links (room, created_at);
`

interface RoomRecord { id: string; title: string; epoch: string; created_at: number }
interface LinkRecord { jti: string; room: string; role: Role; created_at: number; revoked_at: number | null }

/**
 * The rooms that exist and the links into them, in the docs' SQLite database. A room without a
 * row here does not exist: its docs are never opened.
 */
export class RoomRegistry {
  /** Prepared once: the lookups run on every connection and API call. */
  private readonly statements = new Map<string, Database.Statement>()

  constructor(private readonly storage: SqliteStorage) {
    storage.database.exec(schema)
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text)
    if (statement === undefined) {
      statement = this.storage.database.prepare(text)
      this.statements.set(text, statement)
    }
    return statement
  }

  room(id: string): RoomRow | undefined {
    const row = this.sql('SELECT * FROM rooms WHERE id = ?').get(id) as RoomRecord | undefined
    return row && { id: row.id, title: row.title, epoch: row.epoch, createdAt: row.created_at }
  }

  link(jti: string): LinkRow | undefined {
    const row = this.sql('SELECT * FROM links WHERE jti = ?').get(jti) as LinkRecord | undefined
    return row && linkRow(row)
  }

  /** Oldest first. */
  links(room: string): LinkRow[] {
    const rows = this.sql('SELECT * FROM links WHERE room = ? ORDER BY created_at, rowid').all(room) as LinkRecord[]
    return rows.map(linkRow)
  }

  addLink(room: string, role: Role): LinkRow {
    const link: LinkRow = { jti: createId(), room, role, createdAt: Date.now(), revokedAt: null }
    this.sql('INSERT INTO links (jti, room, role, created_at) VALUES (?, ?, ?, ?)')
      .run(link.jti, room, role, link.createdAt)
    return link
  }

  /** The oldest link of that role still in force, made if there is none (the sample room's links). */
  standingLink(room: string, role: Role): LinkRow {
    return this.links(room).find((link) => link.role === role && link.revokedAt === null) ?? this.addLink(room, role)
  }

  revokeLink(jti: string): void {
    this.sql('UPDATE links SET revoked_at = ? WHERE jti = ? AND revoked_at IS NULL').run(Date.now(), jti)
  }

  /**
   * Registers the room with one link per role and writes its docs, in one transaction. Rows
   * left under the id (a deleted room's, or a room stored before rooms were registered) are
   * removed first: merged with the new content they would duplicate it.
   */
  createRoom(room: NewRoom): { room: RoomRow; links: LinkRow[] } {
    const createdAt = Date.now()
    const links: LinkRow[] = roles.map((role) => ({ jti: createId(), room: room.id, role, createdAt, revokedAt: null }))
    this.storage.transactNow(({ append, deleteDoc }) => {
      this.sql('INSERT INTO rooms (id, title, epoch, created_at) VALUES (?, ?, ?, ?)').run(room.id, room.title, room.epoch, createdAt)
      const insertLink = this.sql('INSERT INTO links (jti, room, role, created_at) VALUES (?, ?, ?, ?)')
      for (const link of links) insertLink.run(link.jti, link.room, link.role, createdAt)
      for (const doc of docNames) {
        deleteDoc(storageName(room.id, doc))
        append(storageName(room.id, doc), room.docs[doc])
      }
    })
    return { room: { id: room.id, title: room.title, epoch: room.epoch, createdAt }, links }
  }

  /** Registers a room whose docs are already stored (the seeded sample), with one link per role. */
  registerStoredRoom(id: string, title: string, epoch: string, docUpdates: Partial<Record<DocName, Uint8Array>>): RoomRow {
    const createdAt = Date.now()
    this.storage.transactNow(({ append }) => {
      this.sql('INSERT INTO rooms (id, title, epoch, created_at) VALUES (?, ?, ?, ?)').run(id, title, epoch, createdAt)
      for (const doc of docNames) {
        const update = docUpdates[doc]
        if (update !== undefined) append(storageName(id, doc), update)
      }
    })
    for (const role of roles) this.standingLink(id, role)
    return { id, title, epoch, createdAt }
  }

  /** Removes the room, its links and its docs' rows in one transaction (loaded docs must be closed first). */
  deleteRoom(id: string): void {
    this.storage.transactNow(({ deleteDoc }) => {
      this.sql('DELETE FROM links WHERE room = ?').run(id)
      this.sql('DELETE FROM rooms WHERE id = ?').run(id)
      for (const doc of docNames) deleteDoc(storageName(id, doc))
    })
  }
}

function linkRow(row: LinkRecord): LinkRow {
  return { jti: row.jti, room: row.room, role: row.role, createdAt: row.created_at, revokedAt: row.revoked_at }
}
