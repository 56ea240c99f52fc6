import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { type Author, type Role, Room } from '@warrant/model'
import { DocConnection } from './DocConnection'
import { confirmRoomEpoch } from './confirmRoomEpoch'
import { type EpochSource, LocalRoomCopy } from './LocalRoomCopy'
import { localUser, userColor } from './localUser'
import { type SyncStatus, computeSyncStatus, sameSyncStatus } from './SyncStatus'
import { syncBaseUrl } from './syncBaseUrl'
import { MapUndo } from '../undo/MapUndo'
import { Listeners } from '../focus/Listeners'

export interface RoomSessionOptions {
  user?: Author
  syncBase?: string
  /** The room link's token, sent to the sync endpoint as `?token=`. */
  token?: string
  /** What the token lets this person do, as the server said (`GET /api/rooms/<id>/access`). */
  role?: Role
  /** The room's epoch, as the server said; a cached copy of another epoch is stale. */
  epoch?: string
  /** Asks the server for the room's epoch now (undefined when unreachable); the providers wait for it. */
  confirmEpoch?: EpochSource
}

/** Why the server ended this person's access while the room was open (close code 4401/4402/4404). */
export interface AccessEnded {
  code: number
  reason: string
}

/**
 * Everything one open room needs for its lifetime: its two Y.Docs, the model facade over them,
 * one websocket provider per doc and the sync status. Created outside React (see
 * getRoomSession): StrictMode runs effects twice, and a provider must exist once.
 */
export class RoomSession {
  readonly user: Author
  readonly textDoc = new Y.Doc()
  readonly mapDoc = new Y.Doc()
  readonly room: Room
  /** This person's undo/redo of map commands (text undo is the reader's, via Collaboration). */
  readonly mapUndo: MapUndo
  readonly role: Role
  readonly epoch: string | null
  private ended: AccessEnded | null = null
  private readonly text: DocConnection
  private readonly map: DocConnection
  /** The room's copy in IndexedDB and the start order: epoch, local copy, then providers. */
  readonly localCopy: LocalRoomCopy
  private status: SyncStatus = { state: 'connecting', waiting: 0, offline: false }
  private readonly listeners = new Listeners()

  constructor(
    readonly roomId: string,
    options: RoomSessionOptions = {},
  ) {
    this.user = options.user ?? localUser()
    this.role = options.role ?? 'owner'
    this.epoch = options.epoch ?? null
    this.room = new Room({ user: this.user, textDoc: this.textDoc, mapDoc: this.mapDoc })
    this.mapUndo = new MapUndo(this.room)
    const base = `${options.syncBase ?? syncBaseUrl()}/${roomId}`
    this.text = new DocConnection(this.textDoc, base, 'text', this.refreshStatus, options.token)
    this.map = new DocConnection(this.mapDoc, base, 'map', this.refreshStatus, options.token)
    const presence = { name: this.user.name, color: userColor(this.user.id), id: this.user.id }
    for (const provider of [this.textProvider, this.mapProvider]) provider.awareness.setLocalStateField('user', presence)
    this.localCopy = new LocalRoomCopy({
      roomId,
      docs: { text: { doc: this.textDoc, pending: this.text.pending }, map: { doc: this.mapDoc, pending: this.map.pending } },
      epoch: this.epoch,
      confirmEpoch: options.confirmEpoch ?? (options.token ? confirmRoomEpoch(roomId, options.token) : async () => undefined),
      connect: () => {
        this.text.connect()
        this.map.connect()
      },
      onChange: this.refreshStatus,
    })
    for (const [name, connection] of [['text', this.text], ['map', this.map]] as const) {
      connection.storedLocally = () => this.localCopy.isStored(name)
      connection.provider.on('sync', (synced: boolean) => synced && void this.localCopy.checkDocEpoch(connection.doc))
    }
    void this.localCopy.open()
    this.refreshStatus()
  }

  get textProvider(): WebsocketProvider {
    return this.text.provider
  }

  get mapProvider(): WebsocketProvider {
    return this.map.provider
  }

  /** The sync status as a store for useSyncExternalStore. */
  subscribe = this.listeners.subscribe

  getSnapshot = (): SyncStatus => this.status

  /** Set once the server has ended this person's access; read it after a notification of subscribe. */
  get accessEnded(): AccessEnded | null {
    return this.ended
  }

  /** Stops both connections for good, as when the server closed one of them with a 44xx code. */
  endAccess(ended: AccessEnded): void {
    if (this.ended) return
    this.ended = ended
    for (const connection of [this.text, this.map]) connection.stop(ended)
    this.listeners.notify()
  }

  dispose(): void {
    this.localCopy.dispose()
    this.mapUndo.dispose()
    this.text.destroy()
    this.map.destroy()
    this.room.dispose()
    this.listeners.clear()
  }

  private refreshStatus = (): void => {
    // Called from the constructor's providers before both connections exist.
    if (!this.text || !this.map) return
    // One doc's connection refused for good (revoked, expired, room gone): the other stops too.
    const ended = this.text.ended ?? this.map.ended
    if (ended && !this.ended) return this.endAccess(ended)
    if (!this.localCopy) return
    const next = computeSyncStatus([this.text.state(), this.map.state()], this.localCopy.unconfirmed)
    if (sameSyncStatus(next, this.status)) return
    this.status = next
    this.listeners.notify()
  }
}
