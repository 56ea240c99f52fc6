import { useEffect, useSyncExternalStore } from 'react'
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
  const css = useSyncExternalStore(room?.subscribe ?? (() => () => {}), () => {
    if (!room) return ''
    const rules: string[] = []
    for (const on of room.getComments().threadsOn.keys()) {
      if (!room.getSnapshot().anchors.has(on)) continue
      const { total, open } = threadCount(room.getComments(), on)
      rules.push(`.hl-badge[data-anchor-id="${CSS.escape(on)}"]::after{content:"${total}";${open === 0 ? 'opacity:0.55;' : ''}}`)
    }
    return rules.join('\n')
  })
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
