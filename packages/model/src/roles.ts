import type { DocName } from './docNames'

/**
 * What a room link lets its holder do. The server enforces it on every frame; the web app only
 * reflects it (read-only reader, read-only map).
 */
export const roles = ['owner', 'editor', 'annotator', 'viewer'] as const
export type Role = (typeof roles)[number]

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (roles as readonly string[]).includes(value)

const writableDocs: Record<Role, readonly DocName[]> = {
  owner: ['text', 'map'],
  editor: ['text', 'map'],
  // The student role: highlights, nodes, links and comments, but the reading stays as it is.
  annotator: ['map'],
  viewer: [],
}

export function canWrite(role: Role, doc: DocName): boolean {
  return writableDocs[role].includes(doc)
}

/** Only the owner shares, revokes and mints links. */
export const canManageLinks = (role: Role): boolean => role === 'owner'

/**
 * Close codes for access ended during a session. The stock y-websocket client does not
 * reconnect after 4400–4499, which is what a revoked or expired link needs.
 */
export const accessCloseCodes = {
  /** The link was revoked by the owner. */
  revoked: 4401,
  /** The token expired while connected. */
  expired: 4402,
  /** The room was deleted (or re-created: the browser's copy belongs to an old epoch). */
  roomGone: 4404,
} as const
