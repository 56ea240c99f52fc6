import type { Awareness } from 'y-protocols/awareness'
import { LatestAfterPaint } from '../session/LatestAfterPaint'

type Listener = (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => void

/**
 * The text provider's awareness as the caret plugin (y-prosemirror's `yCursorPlugin`, through
 * CollaborationCaret) sees it, taken off the keystroke's path:
 * - the plugin publishes this browser's caret on every transaction; here that waits until the
 *   frame after (one awareness message per frame, after the typed character is painted);
 * - the plugin redraws the carets on every awareness change, which after each keystroke is its
 *   own, an extra editor transaction per key; it hears only of changes that involve other
 *   browsers, the only carets it draws.
 * Everything else reaches the real awareness unchanged.
 */
export function caretAwareness(awareness: Awareness, field = 'cursor'): Awareness {
  // After the frame that shows the keystroke.
  const caret = new LatestAfterPaint<unknown>((value) => awareness.setLocalStateField(field, value))
  const wrapped = new Map<Listener, Listener>()

  return new Proxy(awareness, {
    get(target, property, receiver) {
      switch (property) {
        case 'setLocalStateField':
          return (name: string, value: unknown) => {
            if (name !== field) return target.setLocalStateField(name, value)
            caret.set(value)
          }
        case 'getLocalState':
          // The caret not yet published counts: the plugin compares against it before publishing again.
          return () => {
            const state = target.getLocalState()
            const pending = caret.waiting
            return state && pending ? { ...state, [field]: pending.value } : state
          }
        case 'on':
          return (name: string, listener: Listener) => {
            if (name !== 'change') return target.on(name, listener)
            const others: Listener = (changes, origin) => {
              const self = target.clientID
              if (changes.added.some((id) => id !== self) || changes.updated.some((id) => id !== self) || changes.removed.some((id) => id !== self)) listener(changes, origin)
            }
            wrapped.set(listener, others)
            target.on(name, others)
          }
        case 'off':
          return (name: string, listener: Listener) => {
            const others = name === 'change' ? wrapped.get(listener) : undefined
            if (others) wrapped.delete(listener)
            target.off(name, others ?? listener)
          }
        default: {
          const value = Reflect.get(target, property, receiver)
          return typeof value === 'function' ? value.bind(target) : value
        }
      }
    },
  })
}
