import { z } from 'zod'
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
  id: z.string().min(1).max(64),
  conclusion: z.string().min(1).max(64),
  /** The argumentation scheme, e.g. "Argument from expert opinion". */
  scheme: z.string().max(200).nullable(),
  /** Pinned by a person: tidying the layout leaves it where it is. */
  pinned: z.boolean().optional(),
  author: authorSchema,
  createdAt: z.number().int().nonnegative(),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
})

export type Junction = z.infer<typeof junctionSchema>
