import { type Editor, Mark, mergeAttributes } from '@tiptap/core'

/** TipTap Link's default HTML attributes: links open in a new tab, without the opener or a referrer. */
const htmlAttributes = { target: '_blank', rel: 'noopener noreferrer nofollow', class: null }

// TipTap's whitespace class, from U+0000 up: control characters are what it strips.
// oxlint-disable-next-line no-control-regex
const whitespace = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g
const allowedProtocols = ['http', 'https', 'ftp', 'ftps', 'mailto', 'tel', 'callto', 'sms', 'cid', 'xmpp']
const allowedUri = new RegExp(`^(?:(?:${allowedProtocols.join('|')}):|[^a-z]|[a-z0-9+.\\-]+(?:[^a-z+.\\-:]|$))`, 'i')

/**
 * TipTap Link's `isAllowedUri` with its default protocols (3.31.3): what keeps `javascript:` and
 * the like out of the reader's links. A copy, because importing it brings the whole extension.
 */
export function isAllowedUri(uri: string | null | undefined): boolean {
  return !uri || allowedUri.test(uri.replace(whitespace, ''))
}

/**
 * TipTap's Link mark (3.31.3, as StarterKit configured it) without its behaviours: the same
 * schema, parsing and safe rendering, so that the reader shows links at once. Autolink while
 * typing, pasting a link onto a selection and click-to-open are TipTap's own, registered on the
 * editor when their chunk arrives (linkBehaviours.ts): linkify, which they need, is most of the
 * extension's size. readingExtensions.test.ts holds this mark to TipTap's.
 */
export const ReadingLink = Mark.create({
  name: 'link',
  priority: 1000,
  keepOnSplit: false,
  exitable: true,
  // Link's `inclusive` is its `autolink` option, on by default: typing at a link's end extends it.
  inclusive: true,

  onCreate() {
    void loadLinkBehaviours(this.editor)
  },

  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element) => element.getAttribute('href'),
      },
      target: { default: htmlAttributes.target },
      rel: { default: htmlAttributes.rel },
      class: { default: htmlAttributes.class },
      title: { default: null },
    }
  },

  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = dom.getAttribute('href')
          return href && isAllowedUri(href) ? null : false
        },
      },
    ]
  },

  renderHTML({ HTMLAttributes }) {
    const href = HTMLAttributes.href as string | null | undefined
    return ['a', mergeAttributes(htmlAttributes, isAllowedUri(href) ? HTMLAttributes : { ...HTMLAttributes, href: '' }), 0]
  },
})

let behaviours: Promise<typeof import('./linkBehaviours') | null> | undefined

/**
 * Registers TipTap Link's plugins on the editor once their chunk has loaded. A chunk that cannot
 * load (offline, never fetched) leaves plain links, which still show and can be followed.
 */
export async function loadLinkBehaviours(editor: Editor): Promise<void> {
  behaviours ??= import('./linkBehaviours').catch(() => null)
  const module = await behaviours
  if (module && !editor.isDestroyed) module.addLinkBehaviours(editor)
}
