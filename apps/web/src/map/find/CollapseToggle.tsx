import { memo, useSyncExternalStore } from 'react'
import { useMapContext } from '../MapContext'

/** On a node with reasons or objections: hides everything below it ("+N" shows how much), or shows it again. */
function CollapseToggleInner({ id }: { id: string }) {
  const { collapse } = useMapContext()
  const hiding = useSyncExternalStore(collapse.subscribe, () => collapse.toggleOf(id))
  if (hiding === null) return null
  const collapsed = hiding > 0
  return (
    <button
      type="button"
      className={`collapse-toggle nodrag${collapsed ? ' is-collapsed' : ''}`}
      data-testid="collapse-toggle"
      aria-expanded={!collapsed}
      aria-label={collapsed ? `Show ${hiding} hidden below` : 'Hide the reasons below'}
      title={collapsed ? `Show the ${hiding} hidden below` : 'Hide the reasons below'}
      onClick={() => collapse.toggle(id)}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      {collapsed ? `+${hiding}` : <span className="node-tool-icon">−</span>}
    </button>
  )
}

export const CollapseToggle = memo(CollapseToggleInner)
