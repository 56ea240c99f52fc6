// @vitest-environment happy-dom
import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { readingExtensions } from './readingExtensions'

describe('readingExtensions', () => {
  it('keeps every node and mark a stored reading can hold (the same schema as StarterKit, which the reader used before)', () => {
    const schema = getSchema(readingExtensions())
    // StarterKit's nodes and marks, in its order (packages/formats' tiptapJson accepts these names).
    expect(Object.keys(schema.nodes)).toEqual(['paragraph', 'blockquote', 'bulletList', 'codeBlock', 'doc', 'hardBreak', 'heading', 'horizontalRule', 'listItem', 'orderedList', 'text'])
    expect(Object.keys(schema.marks)).toEqual(['link', 'bold', 'code', 'italic', 'strike', 'underline'])
  })
})
