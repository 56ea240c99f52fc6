import type { MapSnapshot } from '../MapSnapshot'
import type { Author } from '../records/Author'
import type { Comment } from '../records/Comment'

/** What one person has added to a room's map. */
export interface Contribution {
  /** The person, with the name of their latest record. */
  readonly author: Author
  readonly highlights: number
  readonly nodes: number
  readonly links: number
  readonly comments: number
}

/**
 * Who contributed what, from the authors of the map's visible records: highlights (anchors),
 * nodes, links and comments per person, most active first (then by name, then id).
 */
export function contributions(snapshot: Pick<MapSnapshot, 'nodes' | 'links' | 'anchors'>, comments: Iterable<Comment>): Contribution[] {
  const people = new Map<string, { author: Author; latest: number; highlights: number; nodes: number; links: number; comments: number }>()
  const count = (record: { author: Author; createdAt: number }, field: 'highlights' | 'nodes' | 'links' | 'comments') => {
    let entry = people.get(record.author.id)
    if (!entry) people.set(record.author.id, (entry = { author: record.author, latest: record.createdAt, highlights: 0, nodes: 0, links: 0, comments: 0 }))
    if (record.createdAt > entry.latest) {
      entry.latest = record.createdAt
      entry.author = record.author
    }
    entry[field]++
  }
  for (const anchor of snapshot.anchors.values()) count(anchor, 'highlights')
  for (const node of snapshot.nodes.values()) count(node, 'nodes')
  for (const link of snapshot.links.values()) count(link, 'links')
  for (const comment of comments) count(comment, 'comments')
  const total = (entry: Contribution) => entry.highlights + entry.nodes + entry.links + entry.comments
  return [...people.values()]
    .map(({ author, highlights, nodes, links, comments: commentCount }) => ({ author: { id: author.id, name: author.name }, highlights, nodes, links, comments: commentCount }))
    .sort((a, b) => total(b) - total(a) || a.author.name.localeCompare(b.author.name) || (a.author.id < b.author.id ? -1 : 1))
}
