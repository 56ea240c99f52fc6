import { findingsOfSession21Markdown } from './findingsOfSession21'

/**
 * What the profiles showed and what is not measured yet: written by hand after a profiling
 * run (see profileSummary.ts), printed at the end of BENCHMARKS.md by run.ts. Newest session
 * first; the twenty-first session is in findingsOfSession21.ts, and each findingsOfSession file
 * imports the one before it (down to earlierFindings.ts, the second to sixth sessions).
 */
export const findingsMarkdown = `## Profiles and findings (2026-11-28 to 30, by hand; rerun to check)

### Twenty-second session (08:18–11:18 on 2026-11-30; load average 1–2, other work on the host)

- (in progress)

${findingsOfSession21Markdown}`
