import { exportFileName } from '@warrant/formats'
import type { Storage } from '../storage/Storage'
import { loadRoomSnapshot } from './loadRoomSnapshot'
import { type RenderMapImageOptions, type RenderedMapImage, renderMapImage } from './renderMapImage'

export interface ExportedRoom extends RenderedMapImage {
  /** `<reading title or room id>.<ext>`, for Content-Disposition. */
  fileName: string
}

/**
 * A stored room's map as an image file, for `GET /api/rooms/<id>/export?format=png|svg|pdf`.
 * Null when the room does not exist (nothing stored). Check the caller's token before calling.
 */
export async function exportRoom(storage: Pick<Storage, 'load'>, roomId: string, options: RenderMapImageOptions): Promise<ExportedRoom | null> {
  const room = await loadRoomSnapshot(storage, roomId)
  if (!room) return null
  const image = await renderMapImage(room.snapshot, room.orphaned, options)
  return { ...image, fileName: exportFileName(room.title ?? roomId, image.extension) }
}
