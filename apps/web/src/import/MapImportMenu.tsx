import type { ImportSummary } from '@warrant/model'
import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { routeFor } from '../app/routeFor'
import { importMapFile } from './importMapFile'
import './mapImport.css'

type State = { step: 'idle' } | { step: 'busy'; name: string } | { step: 'done'; name: string; summary: ImportSummary } | { step: 'failed'; name: string; message: string }

/** The map toolbar's Import: a map file from OVA, AIFdb, Argdown or Hypothesis, added to the room. */
function MapImportMenuInner() {
  const input = useRef<HTMLInputElement>(null)
  const dialog = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<State>({ step: 'idle' })

  const onFile = useCallback(async (file: File | undefined) => {
    if (!file) return
    const route = routeFor(window.location.pathname)
    if (route.name !== 'room') return
    setState({ step: 'busy', name: file.name })
    try {
      setState({ step: 'done', name: file.name, summary: await importMapFile(route.roomId, file) })
    } catch (problem) {
      setState({ step: 'failed', name: file.name, message: problem instanceof Error ? problem.message : String(problem) })
    }
  }, [])

  useEffect(() => {
    if (state.step === 'done' || state.step === 'failed') dialog.current?.focus()
  }, [state.step])

  const close = () => setState({ step: 'idle' })
  return (
    <>
      <button type="button" className="map-toolbar-import" data-testid="import-button" disabled={state.step === 'busy'} onClick={() => input.current?.click()}>
        {state.step === 'busy' ? 'Importing…' : 'Import'}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,.argdown,.ad,.jsonld,application/json,application/ld+json"
        data-testid="import-file"
        aria-label="Map file to import"
        onChange={(event) => {
          void onFile(event.target.files?.[0])
          event.target.value = ''
        }}
      />
      {(state.step === 'done' || state.step === 'failed') && (
        <div
          className="import-summary"
          role="dialog"
          aria-modal="true"
          aria-labelledby="import-summary-title"
          tabIndex={-1}
          ref={dialog}
          data-testid="import-summary"
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <h2 id="import-summary-title">{state.step === 'done' ? `Imported ${state.name}` : `Could not import ${state.name}`}</h2>
          {state.step === 'failed' ? (
            <p className="import-error" role="alert">
              {state.message}
            </p>
          ) : (
            <SummaryLines summary={state.summary} />
          )}
          <button type="button" onClick={close} data-testid="import-close">
            OK
          </button>
        </div>
      )}
    </>
  )
}

function SummaryLines({ summary }: { summary: ImportSummary }) {
  return (
    <>
      <p data-testid="import-counts">
        {summary.nodes} statements, {summary.junctions} arguments, {summary.links} links; {summary.anchored} anchored in the reading, {summary.orphaned} not found in it.
      </p>
      {summary.skipped.length > 0 && (
        <details>
          <summary>{summary.skipped.length} parts of the file were not imported</summary>
          <ul>
            {summary.skipped.slice(0, 50).map((skip, i) => (
              <li key={i}>
                {skip.what}: {skip.why}
              </li>
            ))}
          </ul>
        </details>
      )}
      {summary.notes.map((note, i) => (
        <p key={i} className="import-note">
          {note}
        </p>
      ))}
    </>
  )
}

export const MapImportMenu = memo(MapImportMenuInner)
