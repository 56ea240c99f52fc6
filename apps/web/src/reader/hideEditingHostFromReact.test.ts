// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { hideEditingHostFromReact } from './hideEditingHostFromReact'

describe('hideEditingHostFromReact', () => {
  it('reads as not editable to script while the attribute keeps the element editable, and undoes', () => {
    const host = document.createElement('div')
    host.setAttribute('contenteditable', 'true')
    const undo = hideEditingHostFromReact(host)
    expect(host.contentEditable).toBe('inherit')
    expect(host.getAttribute('contenteditable')).toBe('true')
    // A read-only reader stays "false": what ProseMirror and others compare with.
    host.setAttribute('contenteditable', 'false')
    expect(host.contentEditable).toBe('false')
    host.contentEditable = 'true'
    expect(host.getAttribute('contenteditable')).toBe('true')
    undo()
    expect(host.contentEditable).toBe('true')
  })
})
