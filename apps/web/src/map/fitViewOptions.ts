import type { FitViewOptions } from '@xyflow/react'

/** Frames the whole map, clear of the add-node toolbar along the top. */
export const fitViewOptions: FitViewOptions = { padding: { top: '64px', bottom: '24px', x: '32px' }, maxZoom: 1 }
