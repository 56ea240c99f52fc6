import type { Role } from '@warrant/model'

export const roleLabels: Record<Role, string> = {
  owner: 'Owner',
  editor: 'Editor',
  annotator: 'Annotator',
  viewer: 'Viewer',
}

export const roleDescriptions: Record<Role, string> = {
  owner: 'Edits the text and the map, and shares the room',
  editor: 'Edits the text and the map',
  annotator: 'Highlights, maps and comments; the text stays as it is',
  viewer: 'Sees everything live, changes nothing',
}
