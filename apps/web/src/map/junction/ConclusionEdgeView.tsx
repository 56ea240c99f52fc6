import { memo } from 'react'
import { BaseEdge, type EdgeProps, getBezierPath } from '@xyflow/react'
import { linkColors } from '../../app/kindColors'
import { countRender } from '../countRender'
import type { ConclusionFlowEdge } from '../flowTypes'
import { linkMarkerId } from '../LinkMarkers'

/** An argument's arrow from its junction to its conclusion (the junction record's `conclusion`). */
function ConclusionEdgeViewInner({ id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps<ConclusionFlowEdge>) {
  countRender('edges')
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })
  return (
    <g className="link link-conclusion" data-testid="map-conclusion-link" data-link-id={id} data-link-source={source} data-link-target={target}>
      <BaseEdge id={id} path={path} markerEnd={`url(#${linkMarkerId('conclusion')!})`} style={{ stroke: linkColors.supports, strokeWidth: 2 }} />
    </g>
  )
}

export const ConclusionEdgeView = memo(ConclusionEdgeViewInner)
