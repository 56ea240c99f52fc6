const safeProtocols = new Set(['http:', 'https:', 'mailto:'])

/** The link target if it is an absolute http:, https: or mailto: URL; otherwise null (the text is kept, the link dropped). */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"); so does URL.
  const trimmed = href.trim()
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return null
  }
  return safeProtocols.has(url.protocol) ? trimmed : null
}
