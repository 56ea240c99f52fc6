const hyphenEnd = /[-\u2010]$/u
const lowercaseBeforeHyphen = /\p{Ll}[-\u2010]$/u
const startsLowercase = /^\p{Ll}/u
const closeScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u

/**
 * Appends the next line of a paragraph. A hyphen at the end of a line is removed only when a
 * lowercase letter comes before it and the next line goes on in lowercase ("argu-" + "ment");
 * other hyphens stay, without a space ("Anglo-" + "Saxon", "1990-" + "1995"). A soft hyphen is
 * always removed. Chinese and Japanese lines join without a space.
 */
export function joinLine(text: string, next: string): string {
  if (text.length === 0) return next
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next
  if (lowercaseBeforeHyphen.test(text) && startsLowercase.test(next)) return text.slice(0, -1) + next
  if (hyphenEnd.test(text)) return text + next
  if (closeScript.test(text.at(-1) ?? '') && closeScript.test(next[0] ?? '')) return text + next
  return `${text} ${next}`
}
