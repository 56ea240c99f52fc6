import { z } from 'zod/mini'

/** Who made a record. Names are display text only: render them as text, never as HTML. */
export const authorSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.maxLength(80)),
})

export type Author = z.infer<typeof authorSchema>
