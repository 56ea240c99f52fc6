import { useEffect } from 'react'
import type { MapSnapshot, Room } from '@warrant/model'
import { kindLabels, linkLabels } from '../app/kindColors'
import { announcer } from './announcer'

/** Changes older than this are a sync catching up (a reload), not something just done. */
const recent = 5_000

/**
 * Announces this person's own additions and deletions on the map through the live region,
 * whichever view made them: "Node added: Claim, …", "Link added: … attacks …".
 */
export function useMapAnnouncements(room: Room): void {
  useEffect(() => {
    let before = room.getSnapshot()
    return room.subscribe(() => {
      const after = room.getSnapshot()
      // Moves (a drag's every frame) add and delete nothing.
      if (after.structureVersion === before.structureVersion) {
        before = after
        return
      }
      const message = describeChange(before, after, room.user.id, Date.now())
      before = after
      if (message) announcer.say(message)
    })
  }, [room])
}

export function describeChange(before: MapSnapshot, after: MapSnapshot, userId: string, now: number): string | null {
  const mine = (record: { author: { id: string }; createdAt: number }) => record.author.id === userId && now - record.createdAt < recent
  const parts: string[] = []
  for (const node of after.nodeList) {
    if (!before.nodes.has(node.id) && mine(node)) parts.push(`Node added: ${kindLabels[node.kind]}, ${node.text}`)
  }
  for (const link of after.linkList) {
    if (before.links.has(link.id) || !mine(link)) continue
    const source = after.nodes.get(link.source)?.text ?? 'a node'
    const target = after.nodes.get(link.target)?.text ?? 'an argument'
    parts.push(`Link added: ${source} ${linkLabels[link.kind].toLowerCase()} ${target}`)
  }
  const removed = [...before.nodes.keys()].filter((id) => !after.nodes.has(id)).length
  if (removed > 0 && after.nodeList.length < before.nodeList.length) parts.push(removed === 1 ? 'Node deleted' : `${removed} nodes deleted`)
  if (parts.length === 0) return null
  return parts.length > 3 ? `${parts.length} changes on the map` : parts.join('. ')
}
