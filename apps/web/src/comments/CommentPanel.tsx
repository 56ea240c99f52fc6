import { addComment, canWrite } from '@warrant/model'
import { useSyncExternalStore } from 'react'
import { authorColor } from '../people/authorColor'
import { useRoomCollab } from '../presence/RoomCollab'
import { useStore } from '../presence/useStore'
import { CommentForm } from './CommentForm'
import { CommentThreadView } from './CommentThreadView'
import { threadCount } from './threadCount'
import './comments.css'

/** The side panel with a node's comment threads, or its passage's: live, plain text, with authors and times. */
export function CommentPanel() {
  const collab = useRoomCollab()
  const open = useStore(collab?.threads ?? { subscribe: () => () => {} }, () => collab?.threads.get() ?? null)
  const room = collab?.session.room
  const snapshot = useSyncExternalStore(room?.subscribe ?? (() => () => {}), () => room?.getSnapshot() ?? null)
  const comments = useSyncExternalStore(room?.subscribe ?? (() => () => {}), () => room?.getComments() ?? null)
  if (!collab || !open || !room || !snapshot || !comments) return null
  const node = snapshot.nodes.get(open.nodeId)
  const anchor = snapshot.anchorOfNode.get(open.nodeId)
  const close = () => collab.threads.close()
  if (!node) {
    return (
      <aside className="comment-panel" aria-label="Comments" data-testid="comment-panel">
        <PanelHead onClose={close} />
        <p className="comment-empty">This node was deleted.</p>
      </aside>
    )
  }
  const onPassage = anchor !== undefined && open.on === anchor.id
  const on = onPassage ? anchor.id : node.id
  const threads = comments.threadsOn.get(on) ?? []
  const colorOf = (userId: string) => authorColor(collab.presence, userId)
  return (
    <aside className="comment-panel" aria-label="Comments" data-testid="comment-panel" data-on={on}>
      <PanelHead onClose={close} />
      <p className="comment-target" title={node.text}>
        {onPassage ? `“${anchor.quote.exact}”` : node.text}
      </p>
      {anchor && (
        <div className="comment-tabs" role="tablist">
          <button type="button" role="tab" aria-selected={!onPassage} onClick={() => collab.threads.show(node.id)} data-testid="comment-tab-node">
            On the node ({threadCount(comments, node.id).total})
          </button>
          <button type="button" role="tab" aria-selected={onPassage} onClick={() => collab.threads.show(node.id, anchor.id)} data-testid="comment-tab-passage">
            On the passage ({threadCount(comments, anchor.id).total})
          </button>
        </div>
      )}
      <div className="comment-threads">
        {threads.length === 0 && <p className="comment-empty">No comments yet.</p>}
        {threads.map((thread) => (
          <CommentThreadView key={thread.root.id} room={room} thread={thread} colorOf={colorOf} />
        ))}
      </div>
      {canWrite(collab.session.role, 'map') ? (
        <CommentForm key={on} label={onPassage ? 'Comment on the passage' : 'Comment on the node'} submitLabel="Comment" testId="comment" onSubmit={(text) => addComment(room, { on, text }) !== null} />
      ) : (
        <p className="comment-empty">Viewers can read comments but not write them.</p>
      )}
    </aside>
  )
}

function PanelHead({ onClose }: { onClose: () => void }) {
  return (
    <header className="side-panel-head">
      <h2>Comments</h2>
      <button type="button" className="side-panel-close" aria-label="Close comments" onClick={onClose} data-testid="comment-close">
        ×
      </button>
    </header>
  )
}
