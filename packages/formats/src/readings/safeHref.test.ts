import { describe, expect, it } from 'vitest'
import { readingSchema } from './Reading'
import { safeHref } from './safeHref'

describe('safeHref', () => {
  it('keeps http:, https: and mailto: only', () => {
    expect(safeHref('https://example.org/a?b#c')).toBe('https://example.org/a?b#c')
    expect(safeHref(' HTTP://example.org ')).toBe('HTTP://example.org')
    expect(safeHref('mailto:a@b.org')).toBe('mailto:a@b.org')
    for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', '/relative', '#top', 'ftp://x.org', '', null]) expect(safeHref(href)).toBeNull()
  })

  it('is what the validator enforces on links', () => {
    const link = (href: string) => ({ blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }], warnings: [] })
    expect(readingSchema.safeParse(link('https://x.org')).success).toBe(true)
    expect(readingSchema.safeParse(link('javascript:alert(1)')).success).toBe(false)
    expect(readingSchema.safeParse({ blocks: [{ type: 'script' }], warnings: [] }).success).toBe(false)
    expect(readingSchema.safeParse({ blocks: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'heading', attrs: { level: 1 } }] }] }], warnings: [] }).success).toBe(false)
  })
})
