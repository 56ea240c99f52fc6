import type { LinkKind } from '@warrant/model'
import { linkColors, linkLabels } from '../app/kindColors'
import { linkMarkerId } from './LinkMarkers'

const shown: readonly LinkKind[] = ['supports', 'attacks', 'undercuts', 'rephrases', 'premise']
const meaning: Record<LinkKind, string> = {
  supports: 'a reason for',
  attacks: 'an objection to',
  undercuts: 'attacks an inference',
  rephrases: 'says the same',
  premise: 'into an argument',
}

/** What each kind of link looks like, drawn with the map's own markers. */
export function MapLegend() {
  return (
    <div className="map-legend" role="region" aria-label="Legend" data-testid="map-legend">
      <ul>
        {shown.map((kind) => {
          const marker = linkMarkerId(kind)
          return (
            <li key={kind} data-legend-kind={kind}>
              <svg width="40" height="14" aria-hidden="true">
                <path
                  d="M4,7 L34,7"
                  stroke={linkColors[kind]}
                  strokeWidth="2"
                  fill="none"
                  {...(marker ? { markerEnd: `url(#${marker})` } : {})}
                  {...(kind === 'rephrases' && marker ? { markerStart: `url(#${marker})` } : {})}
                />
              </svg>
              <strong>{linkLabels[kind]}</strong> <span>{meaning[kind]}</span>
            </li>
          )
        })}
        <li data-legend-kind="junction">
          <svg width="40" height="14" aria-hidden="true">
            <circle cx="20" cy="7" r="5.5" fill="#fff" stroke={linkColors.supports} strokeWidth="2" />
          </svg>
          <strong>Argument</strong> <span>premises together → conclusion</span>
        </li>
      </ul>
    </div>
  )
}
