import { memo, useSyncExternalStore } from 'react'
import { type ArgumentNode, setGiven } from '@warrant/model'
import { useMapContext } from './MapContext'

export interface MapToolsProps {
  readOnly: boolean
  /** Premises in the order they were selected, then the conclusion (the last one selected). */
  argumentPick: readonly ArgumentNode[]
  /** The one statement selected, for Accept / Reject. */
  single: ArgumentNode | null
  hasSelection: boolean
  tidying: boolean
  legend: boolean
  minimap: boolean
  onLinkAsArgument: () => void
  onTidy: (selectionOnly: boolean, afresh: boolean) => void
  onToggleLegend: () => void
  onToggleMinimap: () => void
  onFind: () => void
  onZoomToFit: () => void
  onZoomToSelection: () => void
}

const short = (text: string) => (text.length > 28 ? `${text.slice(0, 27)}…` : text)

/** The map's structure and analysis tools: link as argument, tidy, evaluate, legend, find, zoom. */
function MapToolsInner(props: MapToolsProps) {
  const { room, evaluation } = useMapContext()
  const evaluating = useSyncExternalStore(evaluation.subscribe, evaluation.isOn)
  const { readOnly, argumentPick, single } = props
  const conclusion = argumentPick.length >= 2 ? argumentPick[argumentPick.length - 1]! : null
  return (
    <div className="map-tools" role="toolbar" aria-label="Map tools">
      {!readOnly && (
        <button
          type="button"
          data-testid="link-as-argument"
          disabled={!conclusion}
          title="Select the premises, then the conclusion last (Shift+click), and link them as one argument"
          onClick={props.onLinkAsArgument}
        >
          Link as argument
        </button>
      )}
      {!readOnly && conclusion && (
        <span className="map-tools-hint" data-testid="link-as-argument-hint">
          {argumentPick.length - 1} premise{argumentPick.length > 2 ? 's' : ''} → <strong>{short(conclusion.text)}</strong> (selected last)
        </span>
      )}
      {!readOnly && (
        <>
          <button
            type="button"
            data-testid="tidy-button"
            disabled={props.tidying}
            title="Tidy (Shift+T): place what is new or was moved, keep the rest. Alt+click (Alt+Shift+T): lay everything out afresh. Pinned nodes stay."
            onClick={(event) => props.onTidy(false, event.altKey)}
          >
            Tidy
          </button>
          <button type="button" data-testid="tidy-selection-button" disabled={props.tidying || !props.hasSelection} title="Tidy the selected nodes and what lies below them" onClick={(event) => props.onTidy(true, event.altKey)}>
            Tidy selection
          </button>
        </>
      )}
      <label className="map-tools-switch">
        <input type="checkbox" role="switch" data-testid="evaluate-toggle" checked={evaluating} onChange={(event) => evaluation.setOn(event.target.checked)} />
        Evaluate
      </label>
      {evaluating && single && !readOnly && (
        <span className="map-tools-given" role="group" aria-label="Verdict on the selected statement">
          {(
            [
              ['accepted', 'Accept'],
              ['rejected', 'Reject'],
              [null, 'Let the map decide'],
            ] as const
          ).map(([given, label]) => (
            <button
              key={label}
              type="button"
              data-testid={`given-${given ?? 'none'}`}
              aria-pressed={(single.given ?? null) === given}
              onClick={() => setGiven(room, single.id, given)}
            >
              {label}
            </button>
          ))}
        </span>
      )}
      {/* What the view shows, apart from what changes the map: kept together, at the right. */}
      <span className="map-tools-view" role="group" aria-label="View">
        <button type="button" data-testid="legend-toggle" aria-pressed={props.legend} onClick={props.onToggleLegend}>
          Legend
        </button>
        <button type="button" data-testid="minimap-toggle" aria-pressed={props.minimap} onClick={props.onToggleMinimap}>
          Minimap
        </button>
        <button type="button" data-testid="find-button" title="Find in the map (Ctrl/Cmd+F)" onClick={props.onFind}>
          Find
        </button>
        <button type="button" data-testid="zoom-to-fit" title="Zoom to show every node" onClick={props.onZoomToFit}>
          Fit all
        </button>
        <button type="button" data-testid="zoom-to-selection" title="Zoom to the selected nodes" disabled={!props.hasSelection} onClick={props.onZoomToSelection}>
          Fit selection
        </button>
      </span>
    </div>
  )
}

export const MapTools = memo(MapToolsInner)
