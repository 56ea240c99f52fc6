import type { MapSnapshot } from '@warrant/model'
import { type MapToSvgOptions, drawMap } from './drawMap'

/** The whole map as one standalone SVG document (see `drawMap`). */
export function mapToSvg(snapshot: MapSnapshot, options: MapToSvgOptions = {}): string {
  return drawMap(snapshot, options).svg()
}
