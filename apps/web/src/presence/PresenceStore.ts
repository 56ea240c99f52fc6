import type { Awareness } from 'y-protocols/awareness'
import type { AwarenessPeer } from './AwarenessPeer'
import { readAwarenessPeer } from './readAwarenessPeer'

/** Someone in the room, once however many tabs they have open. */
export interface Person {
  readonly userId: string
  readonly name: string
  readonly color: string
  readonly isSelf: boolean
}

/**
 * Who is in the room and where on the map, read from the map provider's awareness. Views read
 * narrow, cached values (people, remote peers, who follows whom) so a pointer moving re-renders
 * the pointer layer only. Local fields are published at most once per animation frame.
 */
export class PresenceStore {
  private peers: readonly AwarenessPeer[] = []
  private people: readonly Person[] = []
  private peopleKey = ''
  private following: string | null = null
  /** Colours of everyone seen in this page's lifetime, for colouring records by author. */
  private readonly seenColors = new Map<string, string>()
  private readonly listeners = new Set<() => void>()
  private pending: Record<string, unknown> | null = null
  private frame: number | null = null

  constructor(
    private readonly awareness: Awareness,
    readonly selfId: () => string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.awareness.on('change', this.refresh)
      this.refresh()
    }
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) this.awareness.off('change', this.refresh)
    }
  }

  getPeople = (): readonly Person[] => this.people
  /** Other browsers' states (not this one's), for pointers, selections and follow. */
  getPeers = (): readonly AwarenessPeer[] => this.peers
  getFollowing = (): string | null => this.following

  colorOf(userId: string): string | undefined {
    return this.seenColors.get(userId)
  }

  follow(userId: string | null): void {
    if (this.following === userId) return
    this.following = userId
    this.notify()
  }

  /** The viewport of the person followed (their most recently active tab). */
  followedViewport(): AwarenessPeer['viewport'] {
    if (!this.following) return null
    for (let i = this.peers.length - 1; i >= 0; i--) if (this.peers[i]!.userId === this.following && this.peers[i]!.viewport) return this.peers[i]!.viewport
    return null
  }

  /** Sets local awareness fields, batched to one awareness update per animation frame. */
  publish(fields: Record<string, unknown>): void {
    this.pending = { ...this.pending, ...fields }
    this.frame ??= requestAnimationFrame(this.flush)
  }

  private readonly flush = () => {
    this.frame = null
    const fields = this.pending
    this.pending = null
    if (fields) this.awareness.setLocalState({ ...this.awareness.getLocalState(), ...fields })
  }

  private readonly refresh = (changes?: { added: number[]; updated: number[]; removed: number[] }) => {
    const self = this.awareness.clientID
    // This page's own pointer and viewport change every frame of a pan or drag; others' views
    // depend on them only through the people list, which the key below keeps stable.
    const onlySelf = changes !== undefined && changes.added.length === 0 && changes.removed.length === 0 && changes.updated.every((id) => id === self)
    const peers: AwarenessPeer[] = []
    const byUser = new Map<string, Person>()
    for (const [clientId, state] of this.awareness.getStates()) {
      const peer = readAwarenessPeer(clientId, state)
      if (!peer) continue
      this.seenColors.set(peer.userId, peer.color)
      if (clientId !== self) peers.push(peer)
      const isSelf = peer.userId === this.selfId()
      if (!byUser.has(peer.userId) || clientId === self) byUser.set(peer.userId, { userId: peer.userId, name: peer.name, color: peer.color, isSelf })
    }
    const people = [...byUser.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || (a.userId < b.userId ? -1 : 1))
    const key = JSON.stringify(people)
    if (onlySelf && key === this.peopleKey) return
    if (key !== this.peopleKey) {
      this.peopleKey = key
      this.people = people
    }
    this.peers = peers
    if (this.following && !byUser.has(this.following)) this.following = null
    this.notify()
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}
