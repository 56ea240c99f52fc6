import type { InternalNode, NodeChange } from '@xyflow/react'
import type { MapFlowNode } from './flowTypes'

/**
 * A node's measured size, kept on the flow node React Flow already holds instead of being applied
 * as a change (true when it was). React Flow has the size in its own store when it reports it;
 * applying it as a change made a new nodes array, a render of the whole map and one more store
 * update in which every node, handle and link selector ran (~4 ms at 500 nodes), inside the frame
 * that first shows a new node. The flow node still needs the size: React Flow measures a node
 * again, hidden meanwhile, when a new flow object for it comes without one, and every later flow
 * object (reconcileFlowNodes, applyNodeChanges) is copied from this one.
 */
export function keepMeasured(internalNode: (id: string) => InternalNode | undefined, change: NodeChange<MapFlowNode>): boolean {
  if (change.type !== 'dimensions' || !change.dimensions || change.resizing !== undefined || change.setAttributes) return false
  const node = internalNode(change.id)
  if (!node) return false
  node.internals.userNode.measured = { ...change.dimensions }
  // Measured now: React Flow has the handles' bounds from the page (given ones would override them).
  delete node.internals.userNode.handles
  return true
}
