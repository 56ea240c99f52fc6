import type { MapRegion } from '@warrant/model'
import { KeyedListeners } from './KeyedListeners'
import { Listeners } from './Listeners'

/**
 * What the reader and the map point at together: the node under the pointer (lit in both
 * views) and the last request to show a node's passage in the reader.
 */
export interface FocusState {
  readonly hoveredNodeId: string | null
  /** Bumped on each "show me this passage" so the same node can be revealed twice. */
  readonly reveal: { readonly nodeId: string; readonly serial: number } | null
  /** The last request to bring a node into view on the map (one just made from the reader). */
  readonly mapReveal: { readonly nodeId: string; readonly serial: number } | null
}

export class FocusStore {
  private state: FocusState = { hoveredNodeId: null, reveal: null, mapReveal: null }
  private readonly listeners = new Listeners()
  private readonly hoverListeners = new KeyedListeners()
  private mapView: (() => MapRegion | null) | null = null

  subscribe = this.listeners.subscribe

  getState = (): FocusState => this.state

  hover(nodeId: string | null): void {
    const before = this.state.hoveredNodeId
    if (before === nodeId) return
    this.set({ ...this.state, hoveredNodeId: nodeId })
    if (before !== null) this.hoverListeners.notify(before)
    if (nodeId !== null) this.hoverListeners.notify(nodeId)
  }

  /**
   * For one node's view: told only when that node starts or stops being the hovered one. Every
   * card of the map reads this; subscribed to every change, each hover and each reveal (a
   * highlight's keystroke makes one) re-read all 500 cards of a big map.
   */
  subscribeHovered(nodeId: string, listener: () => void): () => void {
    return this.hoverListeners.subscribe(nodeId, listener)
  }

  revealInReader(nodeId: string): void {
    this.set({ ...this.state, reveal: { nodeId, serial: (this.state.reveal?.serial ?? 0) + 1 } })
  }

  revealOnMap(nodeId: string): void {
    this.set({ ...this.state, mapReveal: { nodeId, serial: (this.state.mapReveal?.serial ?? 0) + 1 } })
  }

  /**
   * The map tells where it is looking (a reader of its viewport, while it is shown), so that a
   * node made in the reader lands in view. Returns the undo.
   */
  showMapView(read: () => MapRegion | null): () => void {
    this.mapView = read
    return () => {
      if (this.mapView === read) this.mapView = null
    }
  }

  /** The part of the map in view, in map coordinates; null while no map is shown. */
  mapRegionInView(): MapRegion | null {
    return this.mapView?.() ?? null
  }

  private set(state: FocusState): void {
    this.state = state
    this.listeners.notify()
  }
}
