declare global {
  interface Window {
    /** Set by benchmarks to count renders of the map's node and edge components. */
    __warrantRenderCounts?: { nodes: number; edges: number }
  }
}

export function countRender(kind: 'nodes' | 'edges'): void {
  const counts = typeof window === 'undefined' ? undefined : window.__warrantRenderCounts
  if (counts) counts[kind]++
}
