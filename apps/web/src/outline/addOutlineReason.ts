import { type LinkKind, type MapSnapshot, type NodeKind, addNode, linkAsArgument, linkNodes } from '@warrant/model'
import type { RoomSession } from '../session/RoomSession'

const newText: Record<NodeKind, string> = { claim: 'New claim', evidence: 'New evidence', counterclaim: 'New counterclaim' }

export interface NewReason {
  /** The node made. */
  nodeId: string
  /** The junction made with it, when it is a new independent argument. */
  junctionId: string | null
}

/**
 * Adds a node under `parentId` (a node or a junction) with `relation`, as one undo step: a
 * supporting, attacking or rephrasing statement; a premise of a junction or an undercut of it;
 * for `argument`, a new junction (an independent reason) with the node as its only premise.
 * With no parent, a new main conclusion. Returns null when the model refuses.
 */
export function addOutlineReason(
  session: RoomSession,
  parentId: string | null,
  relation: LinkKind | 'argument' | null,
  kind: NodeKind,
): NewReason | null {
  const { room } = session
  let made: NewReason | null = null
  session.mapUndo.group(() => {
    const position = parentId ? below(room.getSnapshot(), parentId) : undefined
    const nodeId = addNode(room, { kind, text: newText[kind], ...(position ? { position } : {}) })
    if (!nodeId) return
    if (!parentId || !relation) {
      made = { nodeId, junctionId: null }
    } else if (relation === 'argument') {
      made = { nodeId, junctionId: linkAsArgument(room, { premises: [nodeId], conclusion: parentId }) }
    } else if (linkNodes(room, { source: nodeId, target: parentId, kind: relation })) {
      made = { nodeId, junctionId: null }
    }
  })
  return made
}

/** A free place below the parent: new reasons line up under what they support. */
function below(snapshot: MapSnapshot, parentId: string): { x: number; y: number } | undefined {
  const parent = snapshot.nodes.get(parentId)?.position ?? snapshot.junctions.get(parentId)?.position
  if (!parent) return undefined
  const taken = (x: number, y: number) => snapshot.nodeList.some((node) => Math.abs(node.position.x - x) < 200 && Math.abs(node.position.y - y) < 100)
  let x = parent.x
  const y = parent.y + 200
  for (let step = 1; taken(x, y) && step < 40; step++) x = parent.x + Math.ceil(step / 2) * 290 * (step % 2 === 0 ? -1 : 1)
  return { x, y }
}
