import DOMPurify, { type Config } from 'dompurify'

/**
 * A DOM window that DOMPurify can use: `window` in a browser page, or on the server a happy-dom
 * `Window` (`new Window({ settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true,
 * disableIframePageLoading: true } })`; JavaScript evaluation is off by default in happy-dom ≥ 20).
 * Typed loosely so that this package carries no DOM implementation's types in its API.
 */
export type HtmlWindow = object

/** Only what the block walker maps survives; everything executable or external is removed. */
const purifyConfig: Config & { RETURN_DOM: true } = {
  RETURN_DOM: true,
  FORBID_TAGS: ['style', 'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'template', 'noscript', 'link', 'meta', 'base', 'audio', 'video', 'source', 'track', 'canvas'],
  ALLOWED_ATTR: ['href', 'start', 'style', 'alt', 'class'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
}

export interface SanitisedHtml {
  /** The sanitised `<body>`. */
  body: Element
  /** The text of `<title>`, entities decoded. */
  title: string | undefined
}

/** The sanitised body, parsed by the given window, and the page's title as text. */
export function sanitiseHtml(html: string, window: HtmlWindow): SanitisedHtml {
  const purify = DOMPurify(window as Parameters<typeof DOMPurify>[0])
  if (!purify.isSupported) throw new Error('DOMPurify cannot run with this DOM window')
  // happy-dom + DOMPurify drop the body's first element (its tag, keeping its text): a wrapper
  // takes that place. In a browser the wrapper stays, and the walker treats it as any <div>.
  const body = purify.sanitize(`<div>${html}</div>`, purifyConfig) as unknown as Element
  // The head is not part of the sanitised body; the title's raw text goes through DOMPurify too, only to decode entities.
  const rawTitle = /<title[^>]*>([^<]{1,1000})<\/title>/i.exec(html.slice(0, 100_000))?.[1]
  const title = rawTitle ? (purify.sanitize(`<p>${rawTitle}</p>`, purifyConfig) as unknown as Element).textContent?.replace(/\s+/g, ' ').trim() : undefined
  return { body, title: title || undefined }
}
