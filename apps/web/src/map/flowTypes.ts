import type { Edge, Node } from '@xyflow/react'
import type { ArgumentNode, Link } from '@warrant/model'

/** A map node as React Flow holds it: the model record, untouched, in `data`. */
export type ArgumentFlowNode = Node<{ record: ArgumentNode }, 'argument'>
export type LinkFlowEdge = Edge<{ record: Link }, 'link'>
