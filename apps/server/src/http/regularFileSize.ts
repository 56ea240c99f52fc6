import fs from 'node:fs'

/** The size of a regular file, or null when there is none there: one stat answers both. */
export function regularFileSize(file: string): number | null {
  try {
    const stats = fs.statSync(file)
    return stats.isFile() ? stats.size : null
  } catch {
    return null
  }
}
