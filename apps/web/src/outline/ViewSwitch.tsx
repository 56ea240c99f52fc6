export type RoomView = 'map' | 'outline' | 'both'

const views: readonly { view: RoomView; label: string }[] = [
  { view: 'map', label: 'Map' },
  { view: 'outline', label: 'Outline' },
  { view: 'both', label: 'Both' },
]

/** Map | Outline | both side by side. */
export function ViewSwitch({ view, onChange }: { view: RoomView; onChange: (view: RoomView) => void }) {
  return (
    <span className="view-switch" role="group" aria-label="View">
      {views.map((option) => (
        <button key={option.view} type="button" aria-pressed={view === option.view} data-testid={`view-${option.view}`} onClick={() => onChange(option.view)}>
          {option.label}
        </button>
      ))}
    </span>
  )
}
