import { z } from 'zod/mini'
import { authorSchema } from './Author'

export const LINK_SCHEMA_VERSION = 1

export const linkKinds = ['supports', 'attacks', 'undercuts', 'rephrases', 'premise'] as const
export type LinkKind = (typeof linkKinds)[number]

/** Links drawn between two statements; the others end at a junction (an inference). */
export const statementLinkKinds: readonly LinkKind[] = ['supports', 'attacks', 'rephrases']

/** Whether a link of this kind ends at a junction: a premise of it, or an undercut of it. */
export const targetsJunction = (kind: LinkKind): boolean => kind === 'premise' || kind === 'undercuts'

/**
 * A directed link. Between statements: the source supports, attacks or rephrases the target.
 * Into a junction: the source is one of its premises, or undercuts the inference.
 */
export const linkSchema = z.object({
  v: z.literal(LINK_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: z.enum(linkKinds),
  source: z.string().check(z.minLength(1), z.maxLength(64)),
  target: z.string().check(z.minLength(1), z.maxLength(64)),
  author: authorSchema,
  createdAt: z.int().check(z.nonnegative()),
})

export type Link = z.infer<typeof linkSchema>
