// @vitest-environment happy-dom
import { Editor, type Extensions, generateHTML, generateJSON, getSchema } from '@tiptap/core'
import { Link, isAllowedUri as tiptapIsAllowedUri } from '@tiptap/extension-link'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ReadingLink, isAllowedUri } from './ReadingLink'
import { hasLinkBehaviours } from './linkBehaviours'
import { readingExtensions } from './readingExtensions'

/** The reader's extensions with TipTap's full Link in place of ReadingLink: what StarterKit gave. */
const withTipTapLink = (): Extensions => readingExtensions().map((extension) => (extension === ReadingLink ? Link : extension))

const hrefs = ['https://example.org/a?b=c#d', 'http://x.y', 'mailto:a@b.c', 'tel:+1', 'ftp://f', '/relative', '#frag', 'page.html', '', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\u00A0script:x', 'data:text/html,<b>', 'vbscript:x', 'foo:bar', 'a:b', '1:2', 'x-y.z:q', '//evil.example']

describe('ReadingLink', () => {
  it('has TipTap Link’s mark spec', () => {
    const ours = getSchema(readingExtensions()).marks.link!.spec
    const theirs = getSchema(withTipTapLink()).marks.link!.spec
    const plain = (spec: typeof ours) => ({ ...spec, parseDOM: spec.parseDOM?.map((rule) => ({ ...rule, getAttrs: typeof rule.getAttrs })), toDOM: typeof spec.toDOM })
    expect(plain(ours)).toEqual(plain(theirs))
    expect(Object.keys(getSchema(readingExtensions()).marks)).toEqual(Object.keys(getSchema(withTipTapLink()).marks))
  })

  it('refuses and renders the same links as TipTap Link', () => {
    for (const href of hrefs) {
      expect(isAllowedUri(href), href).toBe(Boolean(tiptapIsAllowedUri(href)))
      const html = `<p>see <a href="${href.replace(/"/g, '&quot;')}" title="t">this</a></p>`
      expect(generateJSON(html, readingExtensions()), href).toEqual(generateJSON(html, withTipTapLink()))
      const json = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'this', marks: [{ type: 'link', attrs: { href } }] }] }] }
      expect(generateHTML(json, readingExtensions()), href).toBe(generateHTML(json, withTipTapLink()))
    }
  })
})

describe('link behaviours', () => {
  let editor: Editor | undefined
  afterEach(() => editor?.destroy())

  it('arrive after the editor is made, and do what TipTap Link does: a typed URL and a space become a link, a pasted URL links the selection', async () => {
    const act = (target: Editor) => {
      target.commands.setTextSelection(target.state.doc.content.size - 1)
      target.view.dispatch(target.state.tr.insertText(' https://example.org '))
      target.commands.setTextSelection({ from: 1, to: 3 })
      target.view.pasteText('https://warrant.example/a')
      return target.getHTML()
    }
    editor = new Editor({ element: document.createElement('div'), extensions: readingExtensions(), content: '<p>Go</p>' })
    await vi.waitFor(() => expect(hasLinkBehaviours(editor!)).toBe(true))
    const plugins = editor.state.plugins.length
    const theirs = new Editor({ element: document.createElement('div'), extensions: withTipTapLink(), content: '<p>Go</p>' })
    const expected = act(theirs)
    theirs.destroy()
    expect(expected).toBe('<p><a target="_blank" rel="noopener noreferrer nofollow" href="https://warrant.example/a">Go</a> <a target="_blank" rel="noopener noreferrer nofollow" href="https://example.org">https://example.org</a> </p>')
    expect(act(editor)).toBe(expected)
    // Added once, however often asked.
    const { addLinkBehaviours } = await import('./linkBehaviours')
    addLinkBehaviours(editor)
    expect(editor.state.plugins.length).toBe(plugins)
  })
})
