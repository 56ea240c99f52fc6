import type { Room } from '../Room'
import { JUNCTION_SCHEMA_VERSION } from '../records/Junction'
import { recordToYMap } from '../records/readRecord'
import { writeLink } from './linkNodes'

export interface LinkAsArgumentInput {
  /** The statements that support the conclusion together (linked premises). */
  premises: readonly string[]
  conclusion: string
  scheme?: string | null
  /** Where to draw the junction; between the premises and the conclusion by default. */
  position?: { x: number; y: number }
}

/**
 * Makes an argument: a junction (an inference) from the premises to the conclusion, in one
 * step. Returns the junction id, or null when a node is missing or a premise is the conclusion.
 */
export function linkAsArgument(room: Room, { premises, conclusion, scheme = null, position }: LinkAsArgumentInput): string | null {
  const { nodes } = room.getSnapshot()
  const unique = [...new Set(premises)]
  const conclusionNode = nodes.get(conclusion)
  if (!conclusionNode || unique.length === 0 || unique.some((id) => id === conclusion || !nodes.has(id))) return null
  if (scheme !== null && scheme.length > 200) return null
  const at = position ?? between(unique.map((id) => nodes.get(id)!.position), conclusionNode.position)
  return room.transactMap(() => {
    const id = room.createId()
    const junction = { v: JUNCTION_SCHEMA_VERSION, id, conclusion, scheme, author: room.user, createdAt: room.now(), position: at }
    room.junctionMap.set(id, recordToYMap(junction))
    for (const premise of unique) writeLink(room, { source: premise, target: id, kind: 'premise' })
    return id
  })
}

/** Halfway between the premises' centre and the conclusion. */
function between(premises: readonly { x: number; y: number }[], conclusion: { x: number; y: number }): { x: number; y: number } {
  const x = premises.reduce((sum, point) => sum + point.x, 0) / premises.length
  const y = premises.reduce((sum, point) => sum + point.y, 0) / premises.length
  return { x: Math.round((x + conclusion.x) / 2), y: Math.round((y + conclusion.y) / 2) }
}
