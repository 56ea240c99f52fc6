import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

const specifier = '@warrant/model/sample/sampleReading.txt'

/** The sample reading shipped with @warrant/model. */
export function readSampleReading(): string {
  let file: string
  try {
    file = fileURLToPath(import.meta.resolve(specifier))
  } catch {
    // Some loaders (vitest) do not implement import.meta.resolve; the workspace layout is fixed.
    file = fileURLToPath(new URL('../../../../packages/model/sample/sampleReading.txt', import.meta.url))
  }
  return fs.readFileSync(file, 'utf8')
}
