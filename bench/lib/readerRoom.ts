import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { Room, addNodeFromSpan, decodeSavedBody, messageSaved, savedAckParam } from '@warrant/model'

const nouns = ['evidence', 'argument', 'premise', 'witness', 'committee', 'policy', 'measure', 'study', 'author', 'reader', 'critic', 'report']
const verbs = ['supports', 'undermines', 'qualifies', 'restates', 'questions', 'extends', 'contradicts', 'illustrates']

/** About 200,000 characters of numbered sentences, five to a paragraph (one paragraph a line). */
export function makeReading(textLength: number): string {
  const lines: string[] = []
  let length = 0
  for (let sentence = 0; length < textLength; ) {
    const parts: string[] = []
    for (let k = 0; k < 5; k++, sentence++) {
      const n = (i: number) => nouns[(sentence * 7 + i * 5) % nouns.length]!
      parts.push(`Sentence ${sentence} holds that the ${n(0)} of the ${n(1)} ${verbs[sentence % verbs.length]} what the ${n(2)} said about the ${n(3)}.`)
    }
    const line = parts.join(' ')
    lines.push(line)
    length += line.length + 1
  }
  return lines.join('\n').slice(0, textLength)
}

export interface ReaderRoom {
  ownerUrl: string
  highlights: number
  textChars: number
}

/** Creates the room with the reading on the server, then adds the highlights through the model. */
export async function writeReaderRoom(httpBase: string, syncBase: string, text: string, highlightCount: number): Promise<ReaderRoom> {
  const roomId = `bench-reader-${Date.now().toString(36)}`
  const response = await fetch(`${httpBase}/api/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: roomId, title: 'Reader benchmark (200,000 characters)', text }),
  })
  if (response.status !== 201) throw new Error(`creating room ${roomId}: HTTP ${response.status} ${await response.text()}`)
  const { links } = (await response.json()) as { links: Record<'owner' | 'editor', string> }
  const token = new URL(links.editor).searchParams.get('token')!
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  const room = new Room({ user: { id: 'bench', name: 'Benchmark' }, textDoc, mapDoc })
  const options = (ack: boolean) => ({
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token, ...(ack ? { [savedAckParam]: '1' } : {}) },
  })
  const textProvider = new WebsocketProvider(`${syncBase}/${roomId}`, 'text', textDoc, options(false))
  const mapProvider = new WebsocketProvider(`${syncBase}/${roomId}`, 'map', mapDoc, options(true))
  let committed = new Map<number, number>()
  let onSaved = () => {}
  mapProvider.messageHandlers[messageSaved] = (_encoder, decoder) => {
    committed = decodeSavedBody(decoder)
    onSaved()
  }
  try {
    await Promise.all([textProvider, mapProvider].map((provider) => new Promise<void>((resolve) => provider.once('sync', () => resolve()))))
    const index = room.getAnchorLayout().index.text
    const sentences = [...index.matchAll(/Sentence \d+ [^.]*\./g)].map((match) => ({ start: match.index, end: match.index + match[0].length }))
    if (sentences.length < highlightCount * 2) throw new Error(`only ${sentences.length} sentences in the reading`)
    // Every other highlight-sized step, so unhighlighted sentences stay between them (for the key-1 trials).
    const step = Math.floor(sentences.length / highlightCount)
    mapDoc.transact(() => {
      for (let k = 0; k < highlightCount; k++) {
        const span = sentences[k * step + 1]!
        addNodeFromSpan(room, { kind: (['claim', 'evidence', 'counterclaim'] as const)[k % 3]!, ...span, position: { x: (k % 25) * 260, y: Math.floor(k / 25) * 160 } })
      }
    })
    const own = Y.getState(mapDoc.store, mapDoc.clientID)
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no saved ack for the highlights within 20 s')), 20_000)
      onSaved = () => {
        if ((committed.get(mapDoc.clientID) ?? 0) >= own) {
          clearTimeout(timer)
          resolve()
        }
      }
      onSaved()
    })
    return { ownerUrl: links.owner, highlights: room.getAnchorLayout().byNode.size, textChars: index.length }
  } finally {
    textProvider.destroy()
    mapProvider.destroy()
    room.dispose()
  }
}
