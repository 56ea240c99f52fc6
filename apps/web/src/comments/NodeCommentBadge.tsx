import type { MouseEvent } from 'react'
import { useCallback, useSyncExternalStore } from 'react'
import { useRoomCollab } from '../presence/RoomCollab'
import { CommentCounts } from './CommentCounts'

/** The comment button of a map node, with the count of comments on the node and on its passage. */
export function NodeCommentBadge({ nodeId }: { nodeId: string }) {
  const collab = useRoomCollab()
  const counts = collab && CommentCounts.of(collab.session.room)
  const subscribe = useCallback((listener: () => void) => (counts ? counts.subscribe(nodeId, listener) : noUnsubscribe), [counts, nodeId])
  const key = useSyncExternalStore(subscribe, () => (counts ? counts.keyOf(nodeId) : '0/0'))
  if (!collab) return null
  const [total, open] = key.split('/').map(Number) as [number, number]
  const show = (event: MouseEvent) => {
    event.stopPropagation()
    collab.threads.show(nodeId)
  }
  return (
    <button
      type="button"
      className={`node-comments nodrag${total > 0 ? ' has-comments' : ''}${total > 0 && open === 0 ? ' all-resolved' : ''}`}
      onClick={show}
      onDoubleClick={(event) => event.stopPropagation()}
      title={total > 0 ? `${total} comment${total === 1 ? '' : 's'}${open === 0 ? ', all resolved' : ''}` : 'Comment on this node'}
      aria-label={total > 0 ? `${total} comments` : 'Comment'}
      data-testid="node-comments"
    >
      <svg className={`node-tool-icon${total > 0 ? ' is-shown' : ''}`} width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 3v-3h-.5A1.5 1.5 0 0 1 2 9.5z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      {total > 0 && <span data-testid="comment-badge">{total}</span>}
    </button>
  )
}

const noUnsubscribe = () => {}
