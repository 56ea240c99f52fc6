/// <reference lib="webworker" />
import type { LayoutGraph } from './LayoutGraph'
import { tidyLayout } from './tidyLayout'

/** Lays out maps off the main thread: the page never freezes while a big map is tidied. */
self.onmessage = async (event: MessageEvent<{ id: number; graph: LayoutGraph }>) => {
  const { id, graph } = event.data
  try {
    const positions = await tidyLayout(graph)
    self.postMessage({ id, positions: [...positions] })
  } catch (error) {
    self.postMessage({ id, error: String(error) })
  }
}
