/**
 * The map pane (React Flow and the map's code) is its own chunk, so the reader does not wait for
 * it. startRouteChunks starts this import as the page starts on a room route, in parallel with the
 * reader; the room page's `lazy` MapView then uses the same promise. The home page never loads it.
 */
let mapView: Promise<typeof import('../map/MapView')> | undefined

export function loadMapView(): Promise<typeof import('../map/MapView')> {
  mapView ??= import('../map/MapView')
  return mapView
}
