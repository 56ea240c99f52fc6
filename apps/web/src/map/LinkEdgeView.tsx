import { memo } from 'react'
import { BaseEdge, type EdgeProps, getBezierPath } from '@xyflow/react'
import { linkColors } from '../app/kindColors'
import { countRender } from './countRender'
import type { LinkFlowEdge } from './flowTypes'
import { linkMarkerId } from './LinkMarkers'

const url = (id: string | undefined) => (id ? `url(#${id})` : undefined)

/**
 * A link: supports in slate with an arrow, attacks and undercuts in red with a barred arrow,
 * rephrases in violet with a head at both ends, premises in slate with no head (they run into
 * their junction).
 */
function LinkEdgeViewInner({ id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<LinkFlowEdge>) {
  countRender('edges')
  const kind = data?.record.kind ?? 'supports'
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })
  const marker = url(linkMarkerId(kind))
  return (
    <g className={`link link-${kind}${selected ? ' is-selected' : ''}`} data-testid="map-link" data-link-id={id} data-link-kind={kind} data-link-source={source} data-link-target={target}>
      <BaseEdge
        id={id}
        path={path}
        {...(marker ? { markerEnd: marker } : {})}
        {...(kind === 'rephrases' && marker ? { markerStart: marker } : {})}
        interactionWidth={18}
        style={{ stroke: linkColors[kind], strokeWidth: selected ? 3 : 2 }}
      />
    </g>
  )
}

export const LinkEdgeView = memo(LinkEdgeViewInner)
