import type { Extensions } from '@tiptap/core'
import { Blockquote } from '@tiptap/extension-blockquote'
import { Bold } from '@tiptap/extension-bold'
import { Code } from '@tiptap/extension-code'
import { CodeBlock } from '@tiptap/extension-code-block'
import { Document } from '@tiptap/extension-document'
import { HardBreak } from '@tiptap/extension-hard-break'
import { Heading } from '@tiptap/extension-heading'
import { HorizontalRule } from '@tiptap/extension-horizontal-rule'
import { Italic } from '@tiptap/extension-italic'
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list'
import { Paragraph } from '@tiptap/extension-paragraph'
import { Strike } from '@tiptap/extension-strike'
import { Text } from '@tiptap/extension-text'
import { Underline } from '@tiptap/extension-underline'
import { ReadingLink } from './ReadingLink'

/**
 * The reading's schema: every node and mark a stored reading can hold, in StarterKit's order and
 * with its defaults. The converters (packages/formats' `Reading`) write paragraphs, headings, code
 * blocks, quotes, lists, rules, hard breaks, bold, italic, code and links; typing can add strike
 * and underline (their shortcuts), and Warrant JSON snapshots accept all of these
 * (`tiptapJson`'s node and mark names). A type missing here would drop content from existing
 * rooms, so none may go.
 *
 * StarterKit's other parts are left out: undo/redo (Yjs undoes, per person), the drop and gap
 * cursors and the list keymap (editing aids; ProseMirror's own keys still edit lists), and the
 * trailing paragraph, which every client opening a reading that ends in a list or a quote would
 * write into the shared text at once. Links are TipTap's Link mark with its behaviours loaded
 * after the reader shows (ReadingLink).
 */
export function readingExtensions(): Extensions {
  return [Bold, Blockquote, BulletList, Code, CodeBlock, Document, HardBreak, Heading, HorizontalRule, Italic, ListItem, ReadingLink, OrderedList, Paragraph, Strike, Text, Underline]
}
