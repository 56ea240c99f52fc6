import { isReadingError, readingFileExtensions, type Reading } from '@warrant/formats'
import { useEffect, useId, useRef, useState, type DragEvent } from 'react'
import { readReadingInBrowser } from './readReadingInBrowser'
import './readingFilePicker.css'

interface ReadingFilePickerProps {
  /** Called once a file has become a whole reading (never with a partial one). */
  onReading: (reading: Reading, file: File) => void
  disabled?: boolean
}

const accept = [...readingFileExtensions, 'text/plain', 'text/markdown', 'text/html', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'].join(',')

/** A file input and drop zone for a reading (.txt .md .html .htm .docx .pdf), with progress and a clear error. */
export function ReadingFilePicker({ onReading, disabled = false }: ReadingFilePickerProps) {
  const inputId = useId()
  const [progress, setProgress] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const running = useRef<AbortController | null>(null)
  useEffect(() => () => running.current?.abort(), [])

  const read = (file: File | undefined) => {
    if (!file || disabled) return
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setError(null)
    setProgress(0)
    readReadingInBrowser(file, (fraction) => !controller.signal.aborted && setProgress(fraction), controller.signal)
      .then((reading) => {
        if (controller.signal.aborted) return
        setProgress(null)
        onReading(reading, file)
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return
        setProgress(null)
        setError(isReadingError(caught) || caught instanceof Error ? caught.message : `‘${file.name}’ could not be read.`)
      })
  }

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault()
    setDragging(false)
    read(event.dataTransfer.files[0])
  }

  const busy = progress !== null
  return (
    <div className="reading-file-picker" data-testid="reading-file-picker">
      <label
        htmlFor={inputId}
        className="reading-file-picker__zone"
        data-dragging={dragging || undefined}
        aria-disabled={disabled || busy || undefined}
        onDragOver={(event) => {
          event.preventDefault()
          if (!dragging) setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>Drop a reading here, or choose a file</span>
        <span className="reading-file-picker__types">.txt .md .html .docx .pdf — up to 20 MB</span>
        <input
          id={inputId}
          type="file"
          accept={accept}
          disabled={disabled || busy}
          data-testid="reading-file-input"
          onChange={(event) => {
            read(event.target.files?.[0])
            event.target.value = ''
          }}
        />
      </label>
      {busy && <progress className="reading-file-picker__progress" max={1} value={progress} aria-label="Reading the file" />}
      {error && (
        <p className="reading-file-picker__error" role="alert" data-testid="reading-file-error">
          {error}
        </p>
      )}
    </div>
  )
}
