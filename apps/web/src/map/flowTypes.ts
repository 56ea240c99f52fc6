import type { Edge, Node } from '@xyflow/react'
import type { ArgumentNode, Junction, Link } from '@warrant/model'

/** A map node as React Flow holds it: the model record, untouched, in `data`. */
export type ArgumentFlowNode = Node<{ record: ArgumentNode }, 'argument'>
/** An inference between premises and a conclusion, drawn as a small dot. */
export type JunctionFlowNode = Node<{ record: Junction }, 'junction'>
export type MapFlowNode = ArgumentFlowNode | JunctionFlowNode

export type LinkFlowEdge = Edge<{ record: Link }, 'link'>
/** A junction's arrow to its conclusion: drawn from the junction record, not a link record. */
export type ConclusionFlowEdge = Edge<{ junctionId: string }, 'conclusion'>
export type MapFlowEdge = LinkFlowEdge | ConclusionFlowEdge

export const conclusionEdgeId = (junctionId: string): string => `conclusion:${junctionId}`
