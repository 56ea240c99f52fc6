import { useState, useSyncExternalStore } from 'react'
import type { Room } from '@warrant/model'
import type { CollapseStore } from './find/CollapseStore'
import type { MapFlowEdge, MapFlowNode } from './flowTypes'
import { reconcileFlowEdges } from './reconcileFlowEdges'
import { reconcileFlowNodes } from './reconcileFlowNodes'
import { renderVisibleOnlyAbove } from './renderVisibleOnlyAbove'
import { useMountAfterPaint } from './useMountAfterPaint'

const noNodes: MapFlowNode[] = []
const noEdges: MapFlowEdge[] = []

/**
 * Model → view: the room's map snapshot (one subscription) as React Flow nodes and edges.
 * Unchanged records keep their flow objects (reconcile*), so a move re-renders the moved node and
 * its links only. `given` is what React Flow gets: empty until a big map's first fill has waited
 * a painted frame (useMountAfterPaint).
 */
export function useFlowElements(room: Room, collapse: CollapseStore) {
  const snapshot = useSyncExternalStore(room.subscribe, room.getSnapshot)
  const hidden = useSyncExternalStore(collapse.subscribe, collapse.hidden)
  const [seen, setSeen] = useState({ snapshot, hidden })
  // A big map renders only what is in view: the rest needs a size without being rendered.
  const estimate = snapshot.nodeList.length + snapshot.junctionList.length > renderVisibleOnlyAbove
  const [nodes, setNodes] = useState(() => reconcileFlowNodes([], snapshot.nodeList, snapshot.junctionList, hidden, estimate))
  const [edges, setEdges] = useState(() => reconcileFlowEdges([], snapshot.linkList, snapshot.junctionList))
  if (seen.snapshot !== snapshot || seen.hidden !== hidden) {
    setSeen({ snapshot, hidden })
    setNodes((previous) => reconcileFlowNodes(previous, snapshot.nodeList, snapshot.junctionList, hidden, estimate))
    if (seen.snapshot !== snapshot) setEdges((previous) => reconcileFlowEdges(previous, snapshot.linkList, snapshot.junctionList))
  }
  const mountable = useMountAfterPaint(nodes.length)
  const given = mountable ? { nodes, edges } : { nodes: noNodes, edges: noEdges }
  return { snapshot, nodes, setNodes, edges, setEdges, given }
}
