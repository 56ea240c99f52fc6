import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { type NodeKind, canWrite } from '@warrant/model'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ReaderCommentBadges } from '../comments/ReaderCommentBadges'
import type { FocusStore } from '../focus/FocusStore'
import { identityStore } from '../presence/IdentityStore'
import { useFocus } from '../focus/useFocus'
import type { RoomSession } from '../session/RoomSession'
import { AnchorHighlightsExtension } from './AnchorHighlightsExtension'
import { hideEditingHostFromReact } from './hideEditingHostFromReact'
import { HighlightSync } from './HighlightSync'
import { caretAwareness } from './caretAwareness'
import { SelectionToolbar } from './SelectionToolbar'
import { createNodeFromSelection } from './createNodeFromSelection'
import { readingExtensions } from './readingExtensions'
import { HighlightShortcuts } from './HighlightShortcuts'
import { highlightRules } from './highlightRules'
import './reader.css'

interface ReaderProps {
  session: RoomSession
  focus: FocusStore
}

/** The reading, shared live through the text doc, with every node's passage highlighted. */
export function Reader({ session, focus }: ReaderProps) {
  const { room } = session
  const scroller = useRef<HTMLDivElement>(null)
  // A node made from the reader is brought into view on the map.
  const reveal = useCallback(
    (nodeId: string | null) => {
      if (nodeId) focus.revealOnMap(nodeId)
      return nodeId !== null
    },
    [focus],
  )
  const sync = useRef<HighlightSync | null>(null)
  // The server enforces the role; the reader reflects it. A read-only reading stays focusable so
  // that annotators can still select passages and turn them into nodes.
  const textEditable = canWrite(session.role, 'text')
  const canAnnotate = canWrite(session.role, 'map')
  // This browser's caret is published after the keystroke's frame (see caretAwareness).
  const caretProvider = useMemo(() => ({ awareness: caretAwareness(session.textProvider.awareness) }), [session])
  const editor = useEditor(
    {
      extensions: [
        // Undo comes from Yjs (Collaboration), which reverts only this person's changes.
        ...readingExtensions(),
        Collaboration.configure({ document: session.textDoc, field: 'content' }),
        // Others' carets and selections, named; the user field is kept current by IdentityStore.
        CollaborationCaret.configure({ provider: caretProvider, user: caretUser() }),
        AnchorHighlightsExtension,
        HighlightShortcuts.configure({ onKind: (current, kind) => canAnnotate && reveal(createNodeFromSelection(current, room, kind, focus.mapRegionInView())) }),
      ],
      editable: textEditable,
      editorProps: {
        attributes: {
          class: 'reader-text',
          'aria-label': 'Reading',
          'data-testid': 'reader-text',
          ...(textEditable ? {} : { tabindex: '0', 'aria-readonly': 'true' }),
        },
      },
    },
    [session],
  )

  useEffect(() => (editor ? hideEditingHostFromReact(editor.view.dom) : undefined), [editor])

  useEffect(() => {
    if (!editor) return
    const current = new HighlightSync(editor, room)
    sync.current = current
    return () => {
      current.dispose()
      sync.current = null
    }
  }, [editor, room])

  const hovered = useFocus(focus, (state) => state.hoveredNodeId)
  const flash = useRevealedPassage(focus, sync, scroller)
  const frame = useRef<HTMLDivElement>(null)
  useLaidOut(editor, frame)

  const onKind = useCallback((kind: NodeKind) => editor && reveal(createNodeFromSelection(editor, room, kind, focus.mapRegionInView())), [editor, room, focus, reveal])
  const onMouseOver = useCallback(
    (event: React.MouseEvent) => focus.hover((event.target as Element).closest('.hl')?.getAttribute('data-node-id') ?? null),
    [focus],
  )
  const onMouseLeave = useCallback(() => focus.hover(null), [focus])

  return (
    // The pane around it is the "Reader" region; a second one of the same name would confuse.
    <div className="reader" ref={frame}>
      <style>{highlightRules(hovered, flash.nodeId, flash.serial)}</style>
      <ReaderCommentBadges container={scroller} />
      <div className="reader-scroll" ref={scroller} onMouseOver={onMouseOver} onMouseLeave={onMouseLeave}>
        <EditorContent editor={editor} />
        {editor && canAnnotate && <SelectionToolbar editor={editor} container={scroller} onKind={onKind} />}
      </div>
      {flash.missing && (
        <p className="reader-notice" role="status" data-testid="reader-notice">
          This node’s passage is no longer in the text.
        </p>
      )}
    </div>
  )
}

/** Scrolls to the passage the map asked for and flashes it; says so when it is gone. */
function useRevealedPassage(focus: FocusStore, sync: React.RefObject<HighlightSync | null>, scroller: React.RefObject<HTMLDivElement | null>) {
  const [flash, setFlash] = useState<{ nodeId: string | null; serial: number; missing: boolean }>({ nodeId: null, serial: 0, missing: false })
  useEffect(() => {
    let seen = focus.getState().reveal?.serial ?? 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = focus.subscribe(() => {
      const { reveal } = focus.getState()
      if (!reveal || reveal.serial === seen) return
      seen = reveal.serial
      clearTimeout(timer)
      const span = sync.current?.spanOf(reveal.nodeId)
      const element = span && scroller.current?.querySelector(`.hl[data-node-id="${CSS.escape(reveal.nodeId)}"]`)
      if (element) element.scrollIntoView({ block: 'center', behavior: 'smooth' })
      setFlash({ nodeId: element ? reveal.nodeId : null, serial: reveal.serial, missing: !element })
      timer = setTimeout(() => setFlash((current) => ({ ...current, nodeId: null, missing: false })), element ? 1600 : 3000)
    })
    return () => {
      unsubscribe()
      clearTimeout(timer)
    }
  }, [focus, sync, scroller])
  return flash
}

/**
 * Marks the reader `data-laid-out` two frames after the reading first has text: it has then been
 * laid out in full once and every block's height is remembered (reader.css), so blocks out of
 * view can skip layout from then on (a block that arrives later is estimated until first seen).
 * Set on the element rather than through React state, so that it costs no render.
 */
function useLaidOut(editor: Editor | null, frame: React.RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const element = frame.current
    if (!editor || !element) return
    let request = 0
    const check = () => {
      if (request !== 0 || editor.state.doc.content.size <= 2) return
      request = requestAnimationFrame(() => {
        request = requestAnimationFrame(() => {
          element.dataset.laidOut = ''
          editor.off('transaction', check)
        })
      })
    }
    check()
    editor.on('transaction', check)
    return () => {
      editor.off('transaction', check)
      cancelAnimationFrame(request)
      delete element.dataset.laidOut
    }
  }, [editor, frame])
}

function caretUser(): { id: string; name: string; color: string } {
  const { id, name, color } = identityStore().get()
  return { id, name, color }
}
