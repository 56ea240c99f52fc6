import { z } from 'zod'

/** Who made a record. Names are display text only: render them as text, never as HTML. */
export const authorSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(80),
})

export type Author = z.infer<typeof authorSchema>
