import type { DocName } from '@warrant/model'

/** Storage key of one doc of one room. */
export const storageName = (room: string, doc: DocName): string => `${room}/${doc}`
