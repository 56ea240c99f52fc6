import { type Comment, type Room, deleteComment, editComment } from '@warrant/model'
import { useState } from 'react'
import { colorForId } from '../presence/personColors'
import { CommentForm } from './CommentForm'

/** One comment: author, time, plain text; its author may edit or delete it. */
export function CommentView({ room, comment, color }: { room: Room; comment: Comment; color?: string }) {
  const [editing, setEditing] = useState(false)
  const own = comment.author.id === room.user.id
  return (
    <div className="comment" data-testid="comment" data-comment-id={comment.id}>
      <div className="comment-meta">
        <span className="identity-dot" style={{ background: color ?? colorForId(comment.author.id) }} aria-hidden="true" />
        <span className="comment-author" data-testid="comment-author">
          {comment.author.name}
        </span>
        <time dateTime={new Date(comment.createdAt).toISOString()} title={new Date(comment.createdAt).toLocaleString()}>
          {formatTime(comment.createdAt)}
        </time>
        {comment.editedAt !== undefined && <span className="comment-edited">(edited)</span>}
      </div>
      {editing ? (
        <CommentForm label="Edit comment" submitLabel="Save" initialText={comment.text} autoFocus testId="comment-edit" onSubmit={(text) => { const ok = editComment(room, comment.id, text); if (ok) setEditing(false); return ok }} onCancel={() => setEditing(false)} />
      ) : (
        <p className="comment-text" data-testid="comment-text">
          {comment.text}
        </p>
      )}
      {own && !editing && (
        <div className="comment-actions">
          <button type="button" onClick={() => setEditing(true)} data-testid="comment-edit">
            Edit
          </button>
          <button type="button" onClick={() => deleteComment(room, comment.id)} data-testid="comment-delete">
            Delete
          </button>
        </div>
      )}
    </div>
  )
}

function formatTime(time: number): string {
  const date = new Date(time)
  const today = new Date().toDateString() === date.toDateString()
  return today ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : date.toLocaleDateString([], { day: 'numeric', month: 'short' })
}
