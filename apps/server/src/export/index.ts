export { exportRoom, type ExportedRoom } from './exportRoom'
export { renderMapImage, type RenderMapImageOptions, type RenderedMapImage } from './renderMapImage'
export { loadRoomSnapshot, type RoomSnapshot } from './loadRoomSnapshot'
export { parseExportQuery } from './parseExportQuery'
