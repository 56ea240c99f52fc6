import { useEffect, useState } from 'react'
import { isTextField } from './isTextField'

const panes = ['.reader-pane', '.map-pane', '.outline-pane']

/** Where focus goes in each pane: the reading, the last node of the map, the outline's current row. */
function focusTarget(pane: Element): HTMLElement | null {
  return (
    pane.querySelector<HTMLElement>('[data-testid="reader-text"]') ??
    pane.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]') ??
    pane.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')
  )
}

/**
 * The page's own keys: `?` opens the shortcuts sheet (outside text fields), F6 and Shift+F6
 * move focus between the reader, the map and the outline. Returns the sheet's state.
 */
export function useGlobalKeys(): [boolean, (open: boolean) => void] {
  const [sheet, setSheet] = useState(false)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key === '?' && !isTextField(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault()
        setSheet(true)
      } else if (event.key === 'F6') {
        const present = panes.map((selector) => document.querySelector(selector)).filter((pane): pane is Element => pane !== null)
        if (present.length === 0) return
        event.preventDefault()
        const current = present.findIndex((pane) => pane.contains(document.activeElement))
        const step = event.shiftKey ? -1 : 1
        for (let n = 1; n <= present.length; n++) {
          const pane = present[(current + step * n + present.length * 2) % present.length]!
          const target = focusTarget(pane)
          if (target) {
            target.focus()
            return
          }
        }
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return [sheet, setSheet]
}
