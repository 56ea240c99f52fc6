import type { Room } from '@warrant/model'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useRoomCollab } from '../presence/RoomCollab'
import { threadCount } from './threadCount'

/**
 * Comment counts on highlights: each highlight ends in an empty `.hl-badge` widget (see
 * anchorHighlights); one CSS rule per commented passage fills in its count, so a new comment
 * rebuilds no decoration. Clicking a badge opens the passage's threads.
 */
export function ReaderCommentBadges({ container }: { container: React.RefObject<HTMLElement | null> }) {
  const collab = useRoomCollab()
  const room = collab?.session.room
  const badgeRules = useMemo(() => room && commentBadgeRules(room), [room])
  const css = useSyncExternalStore(room?.subscribe ?? noSubscribe, badgeRules ?? noRules)
  useEffect(() => {
    const element = container.current
    if (!element || !collab) return
    const onPointerDown = (event: PointerEvent) => {
      const badge = (event.target as Element).closest('.hl-badge')
      const nodeId = badge?.getAttribute('data-node-id')
      const anchorId = badge?.getAttribute('data-anchor-id')
      if (!nodeId || !anchorId) return
      event.preventDefault()
      collab.threads.show(nodeId, anchorId)
    }
    element.addEventListener('pointerdown', onPointerDown)
    return () => element.removeEventListener('pointerdown', onPointerDown)
  }, [container, collab])
  return <style>{css}</style>
}

const noSubscribe = () => () => {}
const noRules = () => ''

/**
 * The rules as a getter for useSyncExternalStore, computed again only when the comments or the
 * anchors changed: the room notifies on every keystroke in the reading too.
 */
function commentBadgeRules(room: Room): () => string {
  let last: { comments: unknown; anchors: unknown; css: string } | null = null
  return () => {
    const comments = room.getComments()
    const { anchors } = room.getSnapshot()
    if (last?.comments === comments && last.anchors === anchors) return last.css
    const rules: string[] = []
    for (const on of comments.threadsOn.keys()) {
      if (!anchors.has(on)) continue
      const { total, open } = threadCount(comments, on)
      rules.push(`.hl-badge[data-anchor-id="${CSS.escape(on)}"]::after{content:"${total}";${open === 0 ? 'opacity:0.55;' : ''}}`)
    }
    last = { comments, anchors, css: rules.join('\n') }
    return last.css
  }
}
