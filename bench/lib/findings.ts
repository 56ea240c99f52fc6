import { findingsOfSession22Markdown } from './findingsOfSession22'

/**
 * What the profiles showed and what is not measured yet: written by hand after a profiling
 * run (see profileSummary.ts), printed at the end of BENCHMARKS.md by run.ts. Newest session
 * first; the twenty-second session is in findingsOfSession22.ts, and each findingsOfSession file
 * imports the one before it (down to earlierFindings.ts, the second to sixth sessions).
 */
export const findingsMarkdown = `## Profiles and findings (2026-11-28 to 30, by hand; rerun to check)

### Twenty-third session (10:45–13:45 on 2026-11-30)

- (in progress)

${findingsOfSession22Markdown}`
