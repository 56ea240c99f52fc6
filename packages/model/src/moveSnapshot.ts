import type { MapRecords, MapSnapshot } from './MapSnapshot'
import type { Junction } from './records/Junction'

/**
 * The next snapshot when the records only moved (a drag, a remote move, a tidy): the same
 * links, junctions and anchors, with the moved nodes' and junctions' new records in place. The
 * full derivation sorts every node and link on each move, a fifth of a remote move's script on a
 * 2,000-node map. Null when this is not a pure move after all (a position that no longer
 * validates removes its record: the whole derivation must run), and the caller derives it whole.
 */
export function moveSnapshot(version: number, records: MapRecords, previous: MapSnapshot): MapSnapshot | null {
  if (records.invalidRecords !== previous.invalidRecords || records.nodes.size !== previous.nodes.size) return null
  const nodes = new Map(records.nodes)
  const nodeList = []
  for (const node of previous.nodeList) {
    const moved = nodes.get(node.id)
    if (moved === undefined) return null
    nodeList.push(moved)
  }
  const junctions = new Map<string, Junction>()
  for (const id of previous.junctions.keys()) {
    const moved = records.junctions.get(id)
    if (moved === undefined) return null
    junctions.set(id, moved)
  }
  return {
    ...previous,
    version,
    nodes,
    nodeList,
    junctions,
    junctionList: previous.junctionList.map((junction) => junctions.get(junction.id)!),
    structureVersion: records.structureVersion,
  }
}
