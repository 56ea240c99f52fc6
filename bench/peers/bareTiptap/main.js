// The reader benchmark's peer: TipTap with StarterKit and the same reading (one paragraph per
// line, like the server's writeReadingText), no Yjs, no highlights. Reads reading.txt written
// next to the built page.
import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

const text = await (await fetch('./reading.txt')).text()
const paragraphs = text
  .split(/\r\n|\r|\n/)
  .map((line) => line.trim())
  .filter((line) => line.length > 0)
window.__benchEditor = new Editor({
  element: document.getElementById('editor'),
  extensions: [StarterKit],
  content: { type: 'doc', content: paragraphs.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) },
  editorProps: { attributes: { 'data-testid': 'reader-text' } },
})
window.__benchReady = true
