import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { type Author, Room } from '@warrant/model'
import { DocConnection } from './DocConnection'
import { localUser, userColor } from './localUser'
import { type SyncStatus, computeSyncStatus } from './SyncStatus'
import { syncBaseUrl } from './syncBaseUrl'

export interface RoomSessionOptions {
  user?: Author
  syncBase?: string
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
  private readonly text: DocConnection
  private readonly map: DocConnection
  private status: SyncStatus = 'connecting'
  private readonly listeners = new Set<() => void>()

  constructor(
    readonly roomId: string,
    options: RoomSessionOptions = {},
  ) {
    this.user = options.user ?? localUser()
    this.room = new Room({ user: this.user, textDoc: this.textDoc, mapDoc: this.mapDoc })
    const base = `${options.syncBase ?? syncBaseUrl()}/${roomId}`
    this.text = new DocConnection(this.textDoc, base, 'text', this.refreshStatus)
    this.map = new DocConnection(this.mapDoc, base, 'map', this.refreshStatus)
    const presence = { name: this.user.name, color: userColor(this.user.id), id: this.user.id }
    for (const provider of [this.textProvider, this.mapProvider]) provider.awareness.setLocalStateField('user', presence)
    this.refreshStatus()
  }

  get textProvider(): WebsocketProvider {
    return this.text.provider
  }

  get mapProvider(): WebsocketProvider {
    return this.map.provider
  }

  /** The sync status as a store for useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SyncStatus => this.status

  dispose(): void {
    this.text.destroy()
    this.map.destroy()
    this.room.dispose()
    this.listeners.clear()
  }

  private refreshStatus = (): void => {
    // Called from the constructor's providers before both connections exist.
    if (!this.text || !this.map) return
    const next = computeSyncStatus([this.text.state(), this.map.state()])
    if (next === this.status) return
    this.status = next
    for (const listener of this.listeners) listener()
  }
}
