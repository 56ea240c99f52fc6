import type { MapSnapshot } from '@warrant/model'
import { useSyncExternalStore } from 'react'
import type { PresenceStore } from '../presence/PresenceStore'
import { useRoomCollab } from '../presence/RoomCollab'
import type { PeopleFilter } from './PeopleFilterStore'
import { authorColor } from './authorColor'

/**
 * The people panel's filter and "colour by author" as CSS rules over the nodes' and highlights'
 * `data-node-id` / `data-author-id`: no node or editor decoration is rebuilt when they change.
 * The rules are recomputed as a string; React touches the style element only when it differs.
 */
export function PeopleStyles() {
  const collab = useRoomCollab()
  const css = useSyncExternalStore(
    (listener) => {
      if (!collab) return () => {}
      const subscriptions = [collab.people.subscribe(listener), collab.session.room.subscribe(listener), collab.presence.subscribe(listener)]
      return () => subscriptions.forEach((unsubscribe) => unsubscribe())
    },
    () => (collab ? peopleRules(collab.session.room.getSnapshot(), collab.people.get(), collab.presence) : ''),
  )
  return <style>{css}</style>
}

/** Node kind colours are inline custom properties on each node, hence `!important` to override them. */
export function peopleRules(snapshot: MapSnapshot, filter: PeopleFilter, presence: PresenceStore): string {
  if (filter.selected.size === 0 && !filter.colourByAuthor) return ''
  const nodesBy = new Map<string, string[]>()
  for (const node of snapshot.nodeList) {
    const list = nodesBy.get(node.author.id) ?? []
    list.push(node.id)
    nodesBy.set(node.author.id, list)
  }
  const highlights = (ids: readonly string[]) => `.hl:is(${ids.map((id) => `[data-node-id="${CSS.escape(id)}"]`).join(',')})`
  const rules: string[] = []
  if (filter.colourByAuthor) {
    for (const [authorId, ids] of nodesBy) {
      const color = authorColor(presence, authorId)
      rules.push(
        `.argument-node[data-author-id="${CSS.escape(authorId)}"]{--kind-border:${color} !important;--kind-text:${color} !important;--kind-bg:color-mix(in srgb,${color} 9%,white) !important;--kind-bg-strong:color-mix(in srgb,${color} 28%,white) !important;}`,
        `${highlights(ids)}{background:color-mix(in srgb,${color} 18%,transparent);border-bottom-color:${color};}`,
      )
    }
  }
  if (filter.selected.size > 0) {
    const shown = [...filter.selected].map((id) => `[data-author-id="${CSS.escape(id)}"]`).join(',')
    rules.push(`.argument-node:not(:is(${shown})){opacity:0.25;}`)
    const hidden = [...nodesBy].filter(([authorId]) => !filter.selected.has(authorId)).flatMap(([, ids]) => ids)
    if (hidden.length > 0) rules.push(`${highlights(hidden)}{background:none;border-bottom-color:transparent;cursor:text;}`)
  }
  return rules.join('\n')
}
