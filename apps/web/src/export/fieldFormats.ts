import type { MapExportFormat } from '@warrant/formats'

/** The field's formats, made on the server from the stored room (GET /api/rooms/<id>/export). */
export const fieldFormats: readonly { id: string; format: MapExportFormat; label: string; extension: string; hint: string }[] = [
  { id: 'export-aif', format: 'aif', label: 'AIF', extension: '.aif.json', hint: 'For OVA3 and AIFdb' },
  { id: 'export-argdown', format: 'argdown', label: 'Argdown', extension: '.argdown', hint: 'Argdown text' },
  { id: 'export-md', format: 'md', label: 'Outline', extension: '.md', hint: 'Markdown outline for handouts' },
  { id: 'export-annotations', format: 'annotations', label: 'Annotations', extension: '.annotations.jsonld', hint: 'W3C Web Annotations (Hypothesis-style)' },
  { id: 'export-json', format: 'json', label: 'Warrant JSON', extension: '.warrant.json', hint: 'Everything, lossless: reading and map' },
]
