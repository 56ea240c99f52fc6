import type { Room } from '@warrant/model'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useRoomCollab } from '../presence/RoomCollab'
import { threadCount } from './threadCount'

/**
 * Comment counts on highlights: each highlight's last character is wrapped in a `.hl-badge` span
 * (see anchorHighlights); one CSS rule per commented passage draws its count after it, so a new
 * comment rebuilds no decoration. Clicking the count opens the passage's threads; clicking the
 * character itself still places the caret.
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
      if (!badge || !isOnCount(badge, event)) return
      const nodeId = badge.getAttribute('data-node-id')
      const anchorId = badge.getAttribute('data-anchor-id')
      if (!nodeId || !anchorId) return
      event.preventDefault()
      collab.threads.show(nodeId, anchorId)
    }
    element.addEventListener('pointerdown', onPointerDown)
    return () => element.removeEventListener('pointerdown', onPointerDown)
  }, [container, collab])
  return <style>{css}</style>
}

/** The count is the span's `::after`: a point on the span but off its text's glyphs is on the count. */
function isOnCount(badge: Element, event: PointerEvent): boolean {
  if (getComputedStyle(badge, '::after').content === 'none') return false
  const text = document.createRange()
  text.selectNodeContents(badge)
  const { clientX: x, clientY: y } = event
  return ![...text.getClientRects()].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)
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
