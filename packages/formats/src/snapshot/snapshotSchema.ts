import { z } from 'zod/mini'
import { tiptapNodeSchema } from './tiptapJson'

/** Version of the snapshot file format (the `warrant` key); record schemas are versioned apart. */
export const SNAPSHOT_FORMAT_VERSION = 1

const id = z.string().check(z.minLength(1), z.maxLength(64))
const author = z.object({ id, name: z.string().check(z.maxLength(80)) })
const createdAt = z.int().check(z.nonnegative())
// zod 4 numbers refuse Infinity and NaN.
const point = z.object({ x: z.number(), y: z.number() })

export const snapshotSchemaV1 = z.object({
  warrant: z.literal(1),
  schema: z.object({ node: z.literal(1), link: z.literal(1), junction: z.literal(1), anchor: z.literal(1), comment: z.literal(1) }),
  title: z.string().check(z.maxLength(1_000)),
  meta: z.optional(z.record(z.string(), z.string().check(z.maxLength(10_000)))),
  text: tiptapNodeSchema,
  nodes: z.array(z.object({ id, kind: z.enum(['claim', 'evidence', 'counterclaim']), text: z.string().check(z.maxLength(20_000)), author, createdAt, position: point, pinned: z.optional(z.boolean()), given: z.optional(z.nullable(z.enum(['accepted', 'rejected']))) })),
  junctions: z.array(z.object({ id, conclusion: id, scheme: z.nullable(z.string().check(z.maxLength(200))), author, createdAt, position: point, pinned: z.optional(z.boolean()) })),
  links: z.array(z.object({ id, kind: z.enum(['supports', 'attacks', 'undercuts', 'rephrases', 'premise']), source: id, target: id, author, createdAt })),
  anchors: z.array(
    z.object({
      id,
      nodeId: id,
      quote: z.object({ exact: z.string().check(z.minLength(1), z.maxLength(20_000)), prefix: z.string().check(z.maxLength(200)), suffix: z.string().check(z.maxLength(200)) }),
      position: z.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) }),
      author,
      createdAt,
    }),
  ),
  comments: z.array(z.object({ id, on: id, parent: z.nullable(id), text: z.string().check(z.maxLength(20_000)), resolved: z.boolean(), author, createdAt, editedAt: z.optional(createdAt) })),
})

export type WarrantSnapshot = z.infer<typeof snapshotSchemaV1>

/**
 * Brings an older snapshot up to the current format, one version at a time. Version 1 is the
 * first; a later version adds its step here (`2: (v1) => v2`) so old files keep loading.
 */
export const snapshotMigrations: Record<number, (previous: Record<string, unknown>) => Record<string, unknown>> = {}
