/** Every keyboard shortcut of the app, by place, as the shortcuts sheet lists them. */
export const shortcuts: readonly { place: string; keys: readonly [string, string][] }[] = [
  {
    place: 'Anywhere',
    keys: [
      ['?', 'Show this list of shortcuts'],
      ['F6 / Shift+F6', 'Move between the reader, the map and the outline'],
      ['Ctrl+Z / ⌘Z', 'Undo your last map change'],
      ['Shift+Ctrl+Z / Ctrl+Y', 'Redo'],
      ['Escape', 'Close a dialog or a menu'],
    ],
  },
  {
    place: 'Reader',
    keys: [
      ['Shift+Arrow keys', 'Select text'],
      ['1', 'Make the selection a claim'],
      ['2', 'Make the selection evidence'],
      ['3', 'Make the selection a counterclaim'],
    ],
  },
  {
    place: 'Map',
    keys: [
      ['Tab', 'Next node, link or control'],
      ['Arrow keys', 'Focus the nearest node in that direction'],
      ['Enter / F2', 'Edit the focused node’s text (Enter saves, Escape cancels)'],
      ['Delete / Backspace', 'Delete the focused node with its links'],
      ['L / Ctrl+L', 'Link from the focused node: type to find the target'],
      ['S / A / R', 'In the link dialog: supports, attacks, rephrases (Alt+letter while typing)'],
      ['U / P', 'In the link dialog, to an argument: undercuts, premise'],
      ['Enter', 'In the link dialog: make the link'],
      ['Shift+T', 'Tidy: place what is new or moved, keep the rest'],
      ['Alt+Shift+T', 'Tidy afresh: lay the whole map out again (pinned nodes stay)'],
    ],
  },
  {
    place: 'Outline',
    keys: [
      ['Up / Down', 'Previous or next row'],
      ['Right / Left', 'Unfold or fold a row; go to its first reason or to its parent'],
      ['Home / End', 'First or last row'],
      ['F2 / double-click', 'Edit the row’s text (Enter saves, Escape cancels)'],
      ['Enter', 'Add a sibling reason (same parent, same relation)'],
      ['Tab', 'Add a reason under the row (evidence that supports it)'],
      ['Shift+Tab', 'Leave the outline'],
      ['Delete / Backspace', 'Delete the row’s node (with its links)'],
    ],
  },
]
