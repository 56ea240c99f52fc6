import { memo, useCallback, useEffect, useId, useRef, useState } from 'react'
import { type Room, textDocKeys } from '@warrant/model'
import type { ExportFormat, ExportScale } from '@warrant/formats'
import { routeFor } from '../app/routeFor'
import { useMapContext } from '../map/MapContext'
import { downloadBlob } from './downloadBlob'
import { fetchServerExport } from './fetchServerExport'
import { fieldFormats } from './fieldFormats'
import './export.css'

interface Choice {
  id: string
  format: ExportFormat
  scale: ExportScale
  label: string
}

const choices: readonly Choice[] = [
  { id: 'export-png-1', format: 'png', scale: 1, label: 'PNG 1×' },
  { id: 'export-png-2', format: 'png', scale: 2, label: 'PNG 2×' },
  { id: 'export-png-4', format: 'png', scale: 4, label: 'PNG 4×' },
  { id: 'export-svg', format: 'svg', scale: 1, label: 'SVG' },
  { id: 'export-pdf', format: 'pdf', scale: 1, label: 'PDF' },
]

function readingTitleOf(room: Room): string {
  const value = room.textDoc.getMap(textDocKeys.meta).get('title')
  return typeof value === 'string' ? value.trim() : ''
}

/** The map toolbar's Export menu: the whole map as PNG, SVG or PDF, with an optional title and legend. */
function ExportMenuInner() {
  const { room, orphans } = useMapContext()
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState<string | null>(null)
  const [legend, setLegend] = useState(true)
  const [busy, setBusy] = useState<Choice | null>(null)
  const [error, setError] = useState<string | null>(null)
  const menu = useRef<HTMLDivElement>(null)
  const fieldId = useId()

  const readingTitle = () => readingTitleOf(room)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (menu.current && !menu.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const run = useCallback(
    async (choice: Choice) => {
      const route = routeFor(window.location.pathname)
      const roomId = route.name === 'room' ? route.roomId : 'map'
      setBusy(choice)
      setError(null)
      try {
        // The drawing code (font metrics, SVG writer) loads on the first export, not with the page.
        const { exportMap } = await import('./exportMap')
        await exportMap({
          roomId,
          fileBase: readingTitleOf(room) || roomId,
          snapshot: room.getSnapshot(),
          orphaned: orphans.get(),
          format: choice.format,
          scale: choice.scale,
          title: title ?? readingTitleOf(room),
          legend,
        })
      } catch (problem) {
        setError(`${choice.label} export failed: ${problem instanceof Error ? problem.message : String(problem)}`)
      } finally {
        setBusy(null)
      }
    },
    [room, orphans, title, legend],
  )

  const runField = useCallback(
    async (choice: (typeof fieldFormats)[number]) => {
      const route = routeFor(window.location.pathname)
      const roomId = route.name === 'room' ? route.roomId : 'map'
      setBusy({ id: choice.id, format: 'svg', scale: 1, label: choice.label })
      setError(null)
      try {
        const blob = await fetchServerExport({ roomId, format: choice.format, title: '', legend: false })
        downloadBlob(blob, `${(readingTitleOf(room) || roomId).replace(/[\\/:*?"<>|]+/g, '-')}${choice.extension}`)
      } catch (problem) {
        setError(`${choice.label} export failed: ${problem instanceof Error ? problem.message : String(problem)}`)
      } finally {
        setBusy(null)
      }
    },
    [room],
  )

  return (
    <div
      className="export-menu"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false)
      }}
    >
      <button type="button" className="map-toolbar-export" data-testid="export-button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen(!open)}>
        {busy ? 'Exporting…' : 'Export'}
      </button>
      {open && (
        <div className="export-panel" role="group" aria-label="Export the whole map" data-testid="export-menu">
          <label className="export-field" htmlFor={`${fieldId}-title`}>
            Title
            <input
              id={`${fieldId}-title`}
              type="text"
              data-testid="export-title"
              value={title ?? readingTitle()}
              placeholder="No title"
              maxLength={300}
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
          <label className="export-check">
            <input type="checkbox" data-testid="export-legend" checked={legend} onChange={(event) => setLegend(event.target.checked)} />
            Legend
          </label>
          <div className="export-choices">
            {choices.map((choice) => (
              <button key={choice.id} type="button" data-testid={choice.id} disabled={busy !== null} aria-busy={busy === choice} onClick={() => void run(choice)}>
                {busy === choice ? `${choice.label}…` : choice.label}
              </button>
            ))}
          </div>
          <p className="export-group-label">For other tools</p>
          <div className="export-choices">
            {fieldFormats.map((choice) => (
              <button key={choice.id} type="button" data-testid={choice.id} title={choice.hint} disabled={busy !== null} onClick={() => void runField(choice)}>
                {busy?.id === choice.id ? `${choice.label}…` : choice.label}
              </button>
            ))}
          </div>
          <p className="export-status" role="status" data-testid="export-status">
            {busy ? `Making the ${busy.label}…` : ''}
          </p>
          {error && (
            <p className="export-error" role="alert" data-testid="export-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  )
}

export const ExportMenu = memo(ExportMenuInner)
