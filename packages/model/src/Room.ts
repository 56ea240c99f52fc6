import * as Y from 'yjs'
import type { MapSnapshot } from './MapSnapshot'
import { RecordCollection } from './RecordCollection'
import type { ResolvedAnchor } from './anchors/ResolvedAnchor'
import { resolveAnchor } from './anchors/resolveAnchor'
import { changedRecordIds } from './changedRecordIds'
import { createId } from './createId'
import { deriveMapSnapshot } from './deriveMapSnapshot'
import { moveSnapshot } from './moveSnapshot'
import { mapDocKeys, textDocKeys } from './docNames'
import { type Anchor, anchorSchema } from './records/Anchor'
import { type Comment, commentSchema } from './records/Comment'
import type { CommentSnapshot } from './queries/CommentSnapshot'
import { deriveComments } from './queries/deriveComments'
import { type ArgumentNode, argumentNodeSchema } from './records/ArgumentNode'
import type { Author } from './records/Author'
import { type Junction, junctionSchema } from './records/Junction'
import { type Link, linkSchema } from './records/Link'
import { type TextIndex, buildTextIndex } from './text/TextIndex'

export interface RoomOptions {
  user: Author
  textDoc?: Y.Doc
  mapDoc?: Y.Doc
  createId?: () => string
  now?: () => number
}

export interface AnchorLayout {
  readonly index: TextIndex
  /** Resolved anchors by node id. */
  readonly byNode: ReadonlyMap<string, ResolvedAnchor>
}

/**
 * The one object that owns a room's two Y.Docs. Views read snapshots and subscribe; user
 * intents go through the commands (see ./commands), each one transaction with this room's
 * origin, so undo and remote observers see one step.
 */
export class Room {
  readonly textDoc: Y.Doc
  readonly mapDoc: Y.Doc
  readonly content: Y.XmlFragment
  /** Who writes this room's commands; replaced when the person picks another display name. */
  user: Author
  /** Transaction origin of this room's local commands. */
  readonly origin = { room: 'local' as const }
  readonly createId: () => string
  readonly now: () => number

  private readonly nodes: RecordCollection<ArgumentNode>
  private readonly links: RecordCollection<Link>
  private readonly anchors: RecordCollection<Anchor>
  private readonly junctions: RecordCollection<Junction>
  private readonly comments: RecordCollection<Comment>
  private commentSnapshot: { snapshot: MapSnapshot; value: CommentSnapshot } | null = null
  private readonly listeners = new Set<() => void>()
  private snapshot: MapSnapshot
  private mapChanged = false
  /** Whether this transaction changed more than positions (see MapSnapshot.structureVersion). */
  private structureChanged = false
  private textVersion = 0
  private layout: { anchors: MapSnapshot['anchorOfNode']; textVersion: number; value: AnchorLayout } | null = null
  /** Resolutions of anchor records against the text at `textVersion`; reused while both hold. */
  private resolutions: { textVersion: number; index: TextIndex; byAnchor: WeakMap<Anchor, ResolvedAnchor> } | null = null
  private readonly disposers: (() => void)[] = []

  constructor(options: RoomOptions) {
    this.user = options.user
    this.textDoc = options.textDoc ?? new Y.Doc()
    this.mapDoc = options.mapDoc ?? new Y.Doc()
    this.createId = options.createId ?? (() => createId())
    this.now = options.now ?? (() => Date.now())
    this.content = this.textDoc.getXmlFragment(textDocKeys.content)
    this.nodes = this.watch(new RecordCollection(this.mapDoc.getMap(mapDocKeys.nodes), argumentNodeSchema))
    this.links = this.watch(new RecordCollection(this.mapDoc.getMap(mapDocKeys.links), linkSchema))
    this.anchors = this.watch(new RecordCollection(this.mapDoc.getMap(mapDocKeys.anchors), anchorSchema))
    this.junctions = this.watch(new RecordCollection(this.mapDoc.getMap(mapDocKeys.junctions), junctionSchema))
    this.comments = this.watch(new RecordCollection(this.mapDoc.getMap(mapDocKeys.comments), commentSchema))
    this.snapshot = this.derive(0)
    this.mapDoc.on('afterTransaction', this.onMapTransaction)
    this.disposers.push(() => this.mapDoc.off('afterTransaction', this.onMapTransaction))
    const onText = () => {
      this.textVersion++
      this.notify()
    }
    this.content.observeDeep(onText)
    this.disposers.push(() => this.content.unobserveDeep(onText))
  }

  get nodeMap(): Y.Map<unknown> {
    return this.nodes.map
  }
  get linkMap(): Y.Map<unknown> {
    return this.links.map
  }
  get anchorMap(): Y.Map<unknown> {
    return this.anchors.map
  }
  get junctionMap(): Y.Map<unknown> {
    return this.junctions.map
  }

  get commentMap(): Y.Map<unknown> {
    return this.comments.map
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): MapSnapshot => this.snapshot

  /** The visible comments and their threads for the current snapshot (a comment change makes a new snapshot too). */
  getComments = (): CommentSnapshot => {
    const previous = this.commentSnapshot
    if (previous?.snapshot === this.snapshot) return previous.value
    const next = deriveComments(this.comments.records, this.snapshot)
    // A move makes a new snapshot with the same comments: keep their identity then.
    const value = previous && sameComments(previous.value, next) ? previous.value : next
    this.commentSnapshot = { snapshot: this.snapshot, value }
    return value
  }

  /** The text index and every anchor's place in the current text; cached until either doc changes. */
  getAnchorLayout = (): AnchorLayout => {
    const anchors = this.snapshot.anchorOfNode
    if (this.layout && this.layout.anchors === anchors && this.layout.textVersion === this.textVersion) return this.layout.value
    if (this.resolutions?.textVersion !== this.textVersion) {
      this.resolutions = { textVersion: this.textVersion, index: buildTextIndex(this.content), byAnchor: new WeakMap() }
    }
    const { index, byAnchor } = this.resolutions
    const byNode = new Map<string, ResolvedAnchor>()
    for (const [nodeId, anchor] of anchors) {
      let resolved = byAnchor.get(anchor)
      if (!resolved) byAnchor.set(anchor, (resolved = resolveAnchor(anchor, this.textDoc, index)))
      byNode.set(nodeId, resolved)
    }
    const value = { index, byNode }
    this.layout = { anchors, textVersion: this.textVersion, value }
    return value
  }

  /** Runs a command's writes to the map doc as one transaction with this room's origin. */
  transactMap<T>(write: () => T): T {
    let result: T | undefined
    this.mapDoc.transact(() => {
      result = write()
    }, this.origin)
    return result as T
  }

  dispose(): void {
    for (const dispose of this.disposers) dispose()
    this.listeners.clear()
  }

  private watch<T>(collection: RecordCollection<T>): RecordCollection<T> {
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (!collection.refreshAll(changedRecordIds(events, collection.map))) return
      this.mapChanged = true
      if (!this.structureChanged && !onlyMoves(events, collection.map)) this.structureChanged = true
    }
    collection.map.observeDeep(onChange)
    this.disposers.push(() => collection.map.unobserveDeep(onChange))
    return collection
  }

  /**
   * One new snapshot per transaction, after every collection has caught up: a node and its
   * anchor, or a node and its links, arrive in one step, never half of it.
   */
  private readonly onMapTransaction = () => {
    if (!this.mapChanged) return
    this.mapChanged = false
    const structural = this.structureChanged
    this.structureChanged = false
    this.snapshot = this.derive(this.snapshot.version + 1, this.snapshot.structureVersion + (structural ? 1 : 0), !structural)
    this.notify()
  }

  private derive(version: number, structureVersion = 0, movesOnly = false): MapSnapshot {
    const collections = [this.nodes, this.links, this.anchors, this.junctions]
    const invalidRecords = collections.reduce((sum, collection) => sum + collection.invalid.size, 0)
    const records = { nodes: this.nodes.records, links: this.links.records, anchors: this.anchors.records, junctions: this.junctions.records, invalidRecords, structureVersion }
    return (movesOnly && this.snapshot !== undefined && moveSnapshot(version, records, this.snapshot)) || deriveMapSnapshot(version, records, this.snapshot)
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}

function sameComments(a: CommentSnapshot, b: CommentSnapshot): boolean {
  if (a.comments.size !== b.comments.size) return false
  for (const [id, comment] of a.comments) if (b.comments.get(id) !== comment) return false
  return true
}

/** Whether a batch of deep events only moved records (a drag, a remote move, a tidy). */
function onlyMoves(events: Y.YEvent<Y.AbstractType<unknown>>[], collection: Y.Map<unknown>): boolean {
  return events.every((event) => event.target !== collection && [...(event as Y.YMapEvent<unknown>).keysChanged].every((key) => key === 'position'))
}
