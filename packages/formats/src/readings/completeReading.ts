import { ReadingError, quoteFileName } from './ReadingError'
import { readingSchema, type Reading } from './Reading'
import { maxReadingTextLength } from './readingLimits'
import { readingToPlainText } from './readingToPlainText'
import { loadZodMessages } from '../zodMessages'

/** The last check every converter's output passes: within the limits, not empty, and valid. */
export function completeReading(reading: Reading, name: string): Reading {
  const text = readingToPlainText(reading)
  if (text.length > maxReadingTextLength) throw tooLong(name, text.length)
  if (text.trim().length === 0) throw new ReadingError('empty', `${quoteFileName(name)} has no text to read.`)
  loadZodMessages()
  const checked = readingSchema.safeParse(reading)
  if (!checked.success) throw new ReadingError('corrupt', `${quoteFileName(name)} could not be read: ${checked.error.issues[0]?.message ?? 'invalid structure'}.`)
  return checked.data
}

export function tooLong(name: string, length: number): ReadingError {
  return new ReadingError(
    'too-long',
    `${quoteFileName(name)} is too long: ${length > maxReadingTextLength * 10 ? 'far more than' : `${length.toLocaleString('en')} characters, more than`} the limit of ${maxReadingTextLength.toLocaleString('en')} characters of text.`,
  )
}
