/** The picture formats a map exports to, at which scales, with their MIME types. */
export const exportFormats = ['png', 'svg', 'pdf'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const exportScales = [1, 2, 4] as const
export type ExportScale = (typeof exportScales)[number]

export const exportContentTypes: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml; charset=utf-8',
  pdf: 'application/pdf',
}

/** `<title or room id>.<ext>`, with characters file systems refuse replaced and the length capped. */
export function exportFileName(name: string, extension: string): string {
  const base = Array.from(name, (char) => (char.codePointAt(0)! < 0x20 || char === '\u007f' ? ' ' : char))
    .join('')
    .replace(/[/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim()
  return `${base || 'map'}.${extension}`
}
