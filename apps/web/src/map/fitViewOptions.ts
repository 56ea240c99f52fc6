import type { FitViewOptions } from '@xyflow/react'

/** Frames the whole map, clear of the two toolbars along the top. */
export const fitViewOptions: FitViewOptions = { padding: { top: '100px', bottom: '24px', x: '32px' }, maxZoom: 1 }
