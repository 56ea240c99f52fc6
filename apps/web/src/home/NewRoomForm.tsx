import { type FormEvent, useState } from 'react'
import { createRoom } from './createRoom'
import { openCreatedRoom } from './openCreatedRoom'

/** Title and pasted text → a new room, opened as its owner. */
export function NewRoomForm() {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!title.trim() || !text.trim()) return setProblem('A room needs a title and a text to read.')
    setBusy(true)
    setProblem(null)
    try {
      openCreatedRoom(await createRoom(title.trim(), text), title.trim())
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
      setBusy(false)
    }
  }
  return (
    <form className="home-card new-room" onSubmit={(event) => void submit(event)} aria-labelledby="new-room-heading">
      <h2 id="new-room-heading">New room</h2>
      <p className="home-hint">Paste the reading; each line becomes a paragraph. You will own the room and can share it with links.</p>
      <label className="field">
        <span>Title</span>
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} placeholder="e.g. Week 3 — Missile defence op-ed" data-testid="new-room-title" required />
      </label>
      <label className="field">
        <span>Text</span>
        <textarea value={text} onChange={(event) => setText(event.target.value)} rows={12} placeholder="Paste the text to read together…" data-testid="new-room-text" required />
      </label>
      {problem && (
        <p className="home-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="new-room-submit">
          {busy ? 'Creating…' : 'Create room'}
        </button>
      </div>
    </form>
  )
}
