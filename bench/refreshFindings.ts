/**
 * Rewrites only the findings at the end of BENCHMARKS.md from lib/findings.ts, keeping the
 * measured tables of the last `pnpm bench`: for notes written after a run.
 * Run: cd bench && npx tsx refreshFindings.ts
 */
import fs from 'node:fs'
import { findingsMarkdown } from './lib/findings'
import { benchmarksFile } from './lib/paths'

const heading = '## Profiles and findings'
const text = fs.readFileSync(benchmarksFile, 'utf8')
const at = text.indexOf(heading)
if (at < 0) throw new Error(`${benchmarksFile} has no "${heading}" section: run pnpm bench first`)
fs.writeFileSync(benchmarksFile, text.slice(0, at) + findingsMarkdown)
console.log(`Rewrote the findings in ${benchmarksFile}`)
