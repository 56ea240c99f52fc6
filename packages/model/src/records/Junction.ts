import { z } from 'zod/mini'
import { authorSchema } from './Author'

export const JUNCTION_SCHEMA_VERSION = 1

/**
 * An inference (AIF's RA node): one or more premises, linked to it by `premise` links, jointly
 * support its conclusion. Several premises into one junction are linked premises (they support
 * only together); separate junctions are independent reasons. An `undercuts` link attacks the
 * inference itself rather than a statement.
 */
export const junctionSchema = z.object({
  v: z.literal(JUNCTION_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  conclusion: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The argumentation scheme, e.g. "Argument from expert opinion". */
  scheme: z.nullable(z.string().check(z.maxLength(200))),
  /** Pinned by a person: tidying the layout leaves it where it is. */
  pinned: z.optional(z.boolean()),
  author: authorSchema,
  createdAt: z.int().check(z.nonnegative()),
  /** zod 4 numbers refuse Infinity and NaN. */
  position: z.object({ x: z.number(), y: z.number() }),
})

export type Junction = z.infer<typeof junctionSchema>
