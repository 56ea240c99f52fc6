/** The two Y.Docs of a room, as in the sync URL `/sync/<room>/<doc>` (mirrors @warrant/model). */
export const docNames = ['text', 'map'] as const
export type DocName = (typeof docNames)[number]

/** Storage key of one doc of one room. */
export const storageName = (room: string, doc: DocName): string => `${room}/${doc}`
