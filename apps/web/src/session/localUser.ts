import { type Author, createId } from '@warrant/model'

const storageKey = 'warrant.user'
const adjectives = ['Curious', 'Careful', 'Bold', 'Patient', 'Lucid', 'Sceptical', 'Candid', 'Steady', 'Keen', 'Quiet', 'Nimble', 'Wry']
const animals = ['Otter', 'Heron', 'Lynx', 'Owl', 'Badger', 'Fox', 'Wren', 'Marten', 'Ibis', 'Hare', 'Seal', 'Crane']

const pick = <T,>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!

export function generateDisplayName(): string {
  return `${pick(adjectives)} ${pick(animals)}`
}

function isAuthor(value: unknown): value is Author {
  if (typeof value !== 'object' || value === null) return false
  const { id, name } = value as Record<string, unknown>
  return typeof id === 'string' && id.length > 0 && id.length <= 64 && typeof name === 'string' && name.length <= 80
}

let current: Author | null = null

/** This browser's author: a stable random id and a generated name, kept in localStorage. */
export function localUser(): Author {
  if (current) return current
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null')
    if (isAuthor(stored)) return (current = { id: stored.id, name: stored.name })
  } catch {
    // Unreadable or blocked storage: fall through to a fresh user.
  }
  current = { id: createId(), name: generateDisplayName() }
  try {
    localStorage.setItem(storageKey, JSON.stringify(current))
  } catch {
    // Private mode may refuse; the user still works for this page's lifetime.
  }
  return current
}

/** A calm colour for a user's caret and presence, stable for their id. */
export function userColor(userId: string): string {
  let hash = 0
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) | 0
  return `hsl(${Math.abs(hash) % 360} 65% 45%)`
}
