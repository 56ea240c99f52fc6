import { type CommentThread, type Room, addComment, setCommentResolved } from '@warrant/model'
import { useState } from 'react'
import { CommentForm } from './CommentForm'
import { CommentView } from './CommentView'

/** A thread: its root, replies, reply box and resolve/reopen. A resolved thread shows folded. */
export function CommentThreadView({ room, thread, colorOf }: { room: Room; thread: CommentThread; colorOf: (userId: string) => string }) {
  const [replying, setReplying] = useState(false)
  const [unfolded, setUnfolded] = useState(false)
  const { root, replies } = thread
  const folded = root.resolved && !unfolded
  return (
    <article className={`comment-thread${root.resolved ? ' is-resolved' : ''}`} data-testid="comment-thread" data-resolved={root.resolved ? 'true' : 'false'}>
      <CommentView room={room} comment={root} color={colorOf(root.author.id)} />
      {folded ? (
        replies.length > 0 && (
          <button type="button" className="comment-link" onClick={() => setUnfolded(true)}>
            {replies.length} repl{replies.length === 1 ? 'y' : 'ies'}
          </button>
        )
      ) : (
        <div className="comment-replies">
          {replies.map((reply) => (
            <CommentView key={reply.id} room={room} comment={reply} color={colorOf(reply.author.id)} />
          ))}
        </div>
      )}
      {replying && !root.resolved ? (
        <CommentForm label="Reply" submitLabel="Reply" autoFocus testId="comment-reply" onSubmit={(text) => { const ok = addComment(room, { on: root.on, parent: root.id, text }) !== null; if (ok) setReplying(false); return ok }} onCancel={() => setReplying(false)} />
      ) : (
        <div className="comment-thread-actions">
          {!root.resolved && (
            <button type="button" onClick={() => setReplying(true)} data-testid="comment-reply">
              Reply
            </button>
          )}
          <button type="button" onClick={() => setCommentResolved(room, root.id, !root.resolved)} data-testid="comment-resolve">
            {root.resolved ? 'Reopen' : 'Resolve'}
          </button>
          {root.resolved && <span className="comment-resolved-tag">Resolved</span>}
        </div>
      )}
    </article>
  )
}
