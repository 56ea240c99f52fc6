/** The largest file a reading may come from (20 MB). */
export const maxReadingFileBytes = 20 * 1024 * 1024

/** The longest reading, in characters of its plain text (2 million: a long book). */
export const maxReadingTextLength = 2_000_000
