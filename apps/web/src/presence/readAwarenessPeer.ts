import type { AwarenessPeer } from './AwarenessPeer'
import { colorForId, isPersonColor } from './personColors'

const maxSelection = 200
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Reads one awareness state defensively; null when it carries no usable user. */
export function readAwarenessPeer(clientId: number, state: unknown): AwarenessPeer | null {
  if (typeof state !== 'object' || state === null) return null
  const { user, mapPointer, mapSelection, mapViewport } = state as Record<string, unknown>
  if (typeof user !== 'object' || user === null) return null
  const { id, name, color } = user as Record<string, unknown>
  if (typeof id !== 'string' || id.length === 0 || id.length > 64 || typeof name !== 'string') return null
  const pointer = mapPointer as { x?: unknown; y?: unknown } | null | undefined
  const viewport = mapViewport as { x?: unknown; y?: unknown; zoom?: unknown } | null | undefined
  return {
    clientId,
    userId: id,
    name: name.slice(0, 80) || 'Someone',
    color: isPersonColor(color) ? color : colorForId(id),
    pointer: pointer && finite(pointer.x) && finite(pointer.y) ? { x: pointer.x, y: pointer.y } : null,
    selection: Array.isArray(mapSelection) ? mapSelection.filter((item): item is string => typeof item === 'string' && item.length <= 64).slice(0, maxSelection) : [],
    viewport: viewport && finite(viewport.x) && finite(viewport.y) && finite(viewport.zoom) && viewport.zoom > 0 ? { x: viewport.x, y: viewport.y, zoom: viewport.zoom } : null,
  }
}
