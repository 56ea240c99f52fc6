/// <reference lib="webworker" />
import { compactStoredUpdates } from './compactStoredUpdates'

/** Folds a browser copy's stored updates off the main thread (a 2,000-node map: ~250 ms of work). */
self.onmessage = async (event: MessageEvent<string>) => {
  try {
    self.postMessage({ folded: await compactStoredUpdates(event.data) })
  } catch (error) {
    self.postMessage({ error: String(error) })
  }
}
