import { type Locator, type Page, expect } from '@playwright/test'

export type HighlightKind = 'claim' | 'evidence' | 'counterclaim'

/** The reader: the shared TipTap text, its highlight decorations and the selection toolbar. */
export class ReaderPage {
  readonly text: Locator
  readonly scroller: Locator
  readonly toolbar: Locator
  readonly highlights: Locator

  constructor(readonly page: Page) {
    this.text = page.getByTestId('reader-text')
    this.scroller = page.locator('.reader-scroll')
    this.toolbar = page.getByTestId('selection-toolbar')
    this.highlights = this.text.locator('.hl')
  }

  /**
   * The reading as plain text, without the names on other people's carets (the collaboration
   * caret is a widget inside the text, so the editor's own textContent includes its label).
   */
  async reading(): Promise<string> {
    return this.text.evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement
      for (const caret of copy.querySelectorAll('.collaboration-carets__caret, .collaboration-cursor__caret')) caret.remove()
      return copy.textContent ?? ''
    })
  }

  async expectReading(expected: string): Promise<void> {
    await expect.poll(() => this.reading()).toBe(expected)
  }

  async expectReadingToContain(part: string): Promise<void> {
    await expect.poll(() => this.reading()).toContain(part)
  }

  async expectReadingNotToContain(part: string): Promise<void> {
    await expect.poll(() => this.reading()).not.toContain(part)
  }

  /** Highlights of one node (a passage may be split into several spans by nested highlights). */
  highlightOf(nodeId: string): Locator {
    return this.text.locator(`.hl[data-node-id="${nodeId}"]`)
  }

  highlightsOfKind(kind: HighlightKind): Locator {
    return this.text.locator(`.hl.hl-${kind}`)
  }

  /** Types paragraphs at the end of the reading, each a paragraph of its own (owners and editors only). */
  async typeParagraphs(paragraphs: readonly string[]): Promise<void> {
    const hadText = ((await this.text.textContent()) ?? '').length > 0
    await this.text.click()
    await this.page.keyboard.press('ControlOrMeta+End')
    // The click's caret can still be the editor's selection when the next key arrives: wait until
    // the editor itself has its selection at the end of the reading.
    await expect
      .poll(() =>
        this.text.evaluate((element) => {
          const editor = (element as HTMLElement & { editor?: { state: { selection: { to: number }; doc: { content: { size: number } } } } }).editor
          return editor ? editor.state.doc.content.size - editor.state.selection.to <= 1 : true
        }),
      )
      .toBe(true)
    for (const [index, paragraph] of paragraphs.entries()) {
      if (index > 0 || hadText) await this.page.keyboard.press('Enter')
      await this.page.keyboard.insertText(paragraph)
    }
    await this.expectReadingToContain(paragraphs.at(-1)!)
  }

  /**
   * Selects the first occurrence of `exact` in the reading as a real DOM selection inside the
   * focused editor; ProseMirror reads it on `selectionchange`, as it does after a mouse drag.
   * Waits until the selection toolbar shows, which happens only once the editor's own selection
   * covers text.
   */
  async selectText(exact: string): Promise<void> {
    await this.selectTextWithoutToolbar(exact)
    await expect(this.toolbar).toBeVisible()
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(exact)
  }

  /** Selects the first occurrence of `exact` in the reading, for a person who gets no selection toolbar (a viewer). */
  async selectTextWithoutToolbar(exact: string): Promise<void> {
    await this.text.focus()
    const found = await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const pieces: { node: Text; start: number }[] = []
      let all = ''
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        pieces.push({ node: node as Text, start: all.length })
        all += node.textContent ?? ''
      }
      const start = all.indexOf(wanted)
      if (start < 0) return false
      const end = start + wanted.length
      const at = (offset: number, preferNext: boolean) => {
        for (const piece of pieces) {
          const length = piece.node.length
          const inside = preferNext ? offset >= piece.start && offset < piece.start + length : offset > piece.start && offset <= piece.start + length
          if (inside) return { node: piece.node, offset: offset - piece.start }
        }
        throw new Error(`no text node at ${offset}`)
      }
      const from = at(start, true)
      const to = at(end, false)
      const selection = window.getSelection()!
      selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset)
      return true
    }, exact)
    expect(found, `"${exact}" is in the reading`).toBe(true)
  }

  /** Turns the current selection into a node with the toolbar's button. */
  async clickKind(kind: HighlightKind): Promise<void> {
    await this.toolbar.getByTestId(`toolbar-${kind}`).click()
  }

  /** Turns the current selection into a node with its key: 1 claim, 2 evidence, 3 counterclaim. */
  async pressKind(kind: HighlightKind): Promise<void> {
    const key = { claim: '1', evidence: '2', counterclaim: '3' }[kind]
    await this.page.keyboard.press(key)
  }

  /** The text of every highlight of a node, joined: the passage it marks. */
  async highlightedText(nodeId: string): Promise<string> {
    const parts = await this.highlightOf(nodeId).allTextContents()
    return parts.join('')
  }

  /** Whether any part of the node's highlight is inside the reader's scrolled viewport. */
  async isPassageInView(nodeId: string): Promise<boolean> {
    return this.scroller.evaluate((scroller, id) => {
      const frame = scroller.getBoundingClientRect()
      const spans = [...scroller.querySelectorAll(`.hl[data-node-id="${CSS.escape(id)}"]`)]
      return spans.some((span) => {
        const box = span.getBoundingClientRect()
        return box.bottom > frame.top && box.top < frame.bottom && box.height > 0
      })
    }, nodeId)
  }
}
