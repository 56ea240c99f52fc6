import { memo } from 'react'
import { type NodeKind, nodeKinds } from '@warrant/model'
import { kindLabels, kindStyle } from '../app/kindColors'
import { ExportMenu } from '../export/ExportMenu'
import { MapImportMenu } from '../import/MapImportMenu'

/** Buttons that add a typed node to the map. */
function MapToolbarInner({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Add to the map">
      {nodeKinds.map((kind) => (
        <button key={kind} type="button" className="map-toolbar-add" style={kindStyle(kind)} data-testid={`map-add-${kind}`} onClick={() => onAdd(kind)}>
          + {kindLabels[kind]}
        </button>
      ))}
      <MapImportMenu />
      <ExportMenu />
    </div>
  )
}

export const MapToolbar = memo(MapToolbarInner)

/** What a viewer's map offers: taking the map out, nothing that changes it. */
export const ExportOnlyToolbar = memo(function ExportOnlyToolbar() {
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Export the map">
      <ExportMenu />
    </div>
  )
})
