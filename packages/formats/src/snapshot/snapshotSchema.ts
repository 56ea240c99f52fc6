import { z } from 'zod'
import { tiptapNodeSchema } from './tiptapJson'

/** Version of the snapshot file format (the `warrant` key); record schemas are versioned apart. */
export const SNAPSHOT_FORMAT_VERSION = 1

const id = z.string().min(1).max(64)
const author = z.object({ id, name: z.string().max(80) })
const createdAt = z.number().int().nonnegative()
const point = z.object({ x: z.number().finite(), y: z.number().finite() })

export const snapshotSchemaV1 = z.object({
  warrant: z.literal(1),
  schema: z.object({ node: z.literal(1), link: z.literal(1), junction: z.literal(1), anchor: z.literal(1), comment: z.literal(1) }),
  title: z.string().max(1_000),
  meta: z.record(z.string(), z.string().max(10_000)).optional(),
  text: tiptapNodeSchema,
  nodes: z.array(z.object({ id, kind: z.enum(['claim', 'evidence', 'counterclaim']), text: z.string().max(20_000), author, createdAt, position: point, pinned: z.boolean().optional(), given: z.enum(['accepted', 'rejected']).nullable().optional() })),
  junctions: z.array(z.object({ id, conclusion: id, scheme: z.string().max(200).nullable(), author, createdAt, position: point, pinned: z.boolean().optional() })),
  links: z.array(z.object({ id, kind: z.enum(['supports', 'attacks', 'undercuts', 'rephrases', 'premise']), source: id, target: id, author, createdAt })),
  anchors: z.array(
    z.object({
      id,
      nodeId: id,
      quote: z.object({ exact: z.string().min(1).max(20_000), prefix: z.string().max(200), suffix: z.string().max(200) }),
      position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
      author,
      createdAt,
    }),
  ),
  comments: z.array(z.object({ id, on: id, parent: id.nullable(), text: z.string().max(20_000), resolved: z.boolean(), author, createdAt, editedAt: createdAt.optional() })),
})

export type WarrantSnapshot = z.infer<typeof snapshotSchemaV1>

/**
 * Brings an older snapshot up to the current format, one version at a time. Version 1 is the
 * first; a later version adds its step here (`2: (v1) => v2`) so old files keep loading.
 */
export const snapshotMigrations: Record<number, (previous: Record<string, unknown>) => Record<string, unknown>> = {}
