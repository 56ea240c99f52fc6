import { memo } from 'react'
import { BaseEdge, type EdgeProps, getBezierPath } from '@xyflow/react'
import { linkColors } from '../app/kindColors'
import { countRender } from './countRender'
import type { LinkFlowEdge } from './flowTypes'
import { linkMarkerId } from './LinkMarkers'

/** A link: supports in slate with an arrow, attacks in red with a barred arrow. */
function LinkEdgeViewInner({ id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<LinkFlowEdge>) {
  countRender('edges')
  const kind = data?.record.kind ?? 'supports'
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })
  return (
    <g className={`link link-${kind}${selected ? ' is-selected' : ''}`} data-testid="map-link" data-link-id={id} data-link-kind={kind} data-link-source={source} data-link-target={target}>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${linkMarkerId(kind)})`}
        interactionWidth={18}
        style={{ stroke: linkColors[kind], strokeWidth: selected ? 3 : 2 }}
      />
    </g>
  )
}

export const LinkEdgeView = memo(LinkEdgeViewInner)
