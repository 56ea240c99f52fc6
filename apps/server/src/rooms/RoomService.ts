import { accessCloseCodes, createId, type CreatedRoom, type Role, type RoomLink, roles } from '@warrant/model'
import type { Reading } from '@warrant/formats'
import type * as Y from 'yjs'
import type { AccessGrant } from '../access/checkAccess'
import type { LinkRow, RoomRegistry } from '../access/RoomRegistry'
import { signRoomToken } from '../access/roomTokens'
import type { DocumentRegistry } from '../DocumentRegistry'
import { initialRoomDocs } from './initialRoomDocs'

export interface NewRoomInput {
  title: string
  text: string
  /** A reading from an uploaded file; used instead of `text` when present. */
  reading?: Reading
  id: string
}

export const revokedReason = "This link was revoked by the room's owner"
export const deletedReason = "This room was deleted by its owner"

/** Rooms and their links as the API sees them: creation, link URLs, revocation, deletion. */
export class RoomService {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly secret: Uint8Array,
    private readonly documents: DocumentRegistry,
  ) {}

  /** A fresh random id no room uses. */
  freeRoomId(): string {
    for (;;) {
      const id = createId(12)
      if (this.registry.room(id) === undefined) return id
    }
  }

  isTaken(id: string): boolean {
    return this.registry.room(id) !== undefined
  }

  /** Registers the room and writes its docs in one transaction; the caller checked the id is free. */
  async create(input: NewRoomInput, origin: string): Promise<CreatedRoom> {
    const epoch = createId(16)
    const reading = input.reading
    const { writeReading } = reading ? await import('@warrant/formats') : { writeReading: null }
    const content = reading && writeReading ? (fragment: Y.XmlFragment) => writeReading(fragment, reading) : input.text
    const docs = initialRoomDocs(input.title, content, epoch)
    // No loaded doc can belong to an unregistered room (connections are refused), so none is stale.
    const { links } = this.registry.createRoom({ id: input.id, title: input.title, epoch, docs })
    const urls = {} as Record<Role, string>
    for (const link of links) urls[link.role] = await this.linkUrl(origin, link)
    return { id: input.id, epoch, links: urls }
  }

  async listLinks(room: string, origin: string): Promise<RoomLink[]> {
    return Promise.all(this.registry.links(room).map((link) => this.describe(link, origin)))
  }

  async mintLink(room: string, role: Role, origin: string): Promise<Omit<RoomLink, 'revokedAt'>> {
    const { revokedAt: _revokedAt, ...link } = await this.describe(this.registry.addLink(room, role), origin)
    return link
  }

  /** The standing link of each role (made if missing), e.g. for the sample room's start-up lines. */
  async standingLinks(room: string, origin: string): Promise<Record<Role, string>> {
    const urls = {} as Record<Role, string>
    for (const role of roles) urls[role] = await this.linkUrl(origin, this.registry.standingLink(room, role))
    return urls
  }

  /** `${origin}/r/<room>?token=<jwt>`; tokens are re-signed on demand, only the link id is stored. */
  async linkUrl(origin: string, link: LinkRow, exp?: number): Promise<string> {
    const token = await signRoomToken(this.secret, { room: link.room, role: link.role, jti: link.jti, ...(exp === undefined ? {} : { exp }) })
    return `${origin}/r/${encodeURIComponent(link.room)}?token=${token}`
  }

  link(room: string, linkId: string): LinkRow | undefined {
    const link = this.registry.link(linkId)
    return link?.room === room ? link : undefined
  }

  /** Revokes the link and ends every live session that uses it (4401: the stock client stays away). */
  revoke(linkId: string): void {
    this.registry.revokeLink(linkId)
    for (const connection of Array.from(this.documents.connections())) {
      if (connection.access.linkId === linkId) connection.close(accessCloseCodes.revoked, revokedReason)
    }
  }

  /** Closes the room's sessions (4404), then removes its docs, links and row together. */
  delete(grant: AccessGrant): void {
    this.documents.closeRoom(grant.room.id, accessCloseCodes.roomGone, deletedReason)
    this.registry.deleteRoom(grant.room.id)
  }

  private async describe(link: LinkRow, origin: string): Promise<RoomLink> {
    return {
      id: link.jti,
      role: link.role,
      url: await this.linkUrl(origin, link),
      createdAt: new Date(link.createdAt).toISOString(),
      revokedAt: link.revokedAt === null ? null : new Date(link.revokedAt).toISOString(),
    }
  }
}
