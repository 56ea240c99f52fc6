import { type Reading, readingToPlainText } from '@warrant/formats'
import { type FormEvent, useState } from 'react'
import { ReadingFilePicker } from '../import/ReadingFilePicker'
import { createRoom } from './createRoom'
import { openCreatedRoom } from './openCreatedRoom'

/** Title and pasted text → a new room, opened as its owner. */
export function NewRoomForm() {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [picked, setPicked] = useState<{ file: File; words: number; paragraphs: number } | null>(null)
  const onReading = (reading: Reading, file: File) => {
    const plain = readingToPlainText(reading)
    setPicked({ file, words: plain.split(/\s+/).filter(Boolean).length, paragraphs: reading.blocks.length })
    if (!title.trim()) setTitle(reading.title ?? file.name.replace(/\.[^.]+$/, ''))
    setProblem(null)
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!title.trim() || (!picked && !text.trim())) return setProblem('A room needs a title and a text to read (pasted, or from a file).')
    setBusy(true)
    setProblem(null)
    try {
      openCreatedRoom(await createRoom(title.trim(), picked ? picked.file : text), title.trim())
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
      setBusy(false)
    }
  }
  return (
    <form className="home-card new-room" onSubmit={(event) => void submit(event)} aria-labelledby="new-room-heading">
      <h2 id="new-room-heading">New room</h2>
      <p className="home-hint">Bring the reading as a file (.txt, .md, .html, .docx, .pdf) or paste it. You will own the room and can share it with links.</p>
      <label className="field">
        <span>Title</span>
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} placeholder="e.g. Week 3 — Missile defence op-ed" data-testid="new-room-title" required />
      </label>
      <div className="field">
        <span>From a file</span>
        <ReadingFilePicker onReading={onReading} disabled={busy} />
        {picked && (
          <p className="home-hint" data-testid="new-room-file">
            ‘{picked.file.name}’: {picked.paragraphs} blocks, {picked.words.toLocaleString('en')} words.{' '}
            <button type="button" className="link-button" onClick={() => setPicked(null)}>
              Use pasted text instead
            </button>
          </p>
        )}
      </div>
      {!picked && (
        <label className="field">
          <span>Or paste the text</span>
          <textarea value={text} onChange={(event) => setText(event.target.value)} rows={12} placeholder="Paste the text to read together…" data-testid="new-room-text" />
        </label>
      )}
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
