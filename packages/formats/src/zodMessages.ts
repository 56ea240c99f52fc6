import { z } from 'zod/mini'
import en from 'zod/v4/locales/en.js'

let loaded = false

/**
 * The schemas here are zod/mini (the web app's bundle holds one small zod core), which has no
 * messages of its own: the validators whose messages reach people load zod's English ones first,
 * as full zod does at import.
 */
export function loadZodMessages(): void {
  if (loaded) return
  z.config(en())
  loaded = true
}
