/** The two Y.Docs of a room, named as in the sync URL `/sync/<room>/<doc>`. */
export const docNames = ['text', 'map'] as const
export type DocName = (typeof docNames)[number]

/** Room ids the server accepts: short, URL-safe. */
export const roomIdPattern = /^[A-Za-z0-9_-]{1,64}$/

export const isRoomId = (value: string): boolean => roomIdPattern.test(value)

/** Shared type names inside the docs. */
export const textDocKeys = { content: 'content', meta: 'meta' } as const
export const mapDocKeys = { nodes: 'nodes', links: 'edges', anchors: 'anchors', junctions: 'junctions', comments: 'comments', meta: 'meta', tidied: 'tidied' } as const
