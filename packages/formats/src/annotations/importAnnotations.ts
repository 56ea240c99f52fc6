import type { ImportNode, MapImport, NodeKind, SkippedItem } from '@warrant/model'
import { maxQuoteLength, nodeKinds } from '@warrant/model'
import { FormatError } from '../FormatError'
import { parseJsonFile } from '../parseJsonFile'

type Json = Record<string, unknown>

/**
 * Reads W3C Web Annotations (an AnnotationCollection with its first page inline, an
 * AnnotationPage, a list of Annotations or one Annotation). Each becomes a node: its kind from
 * a tagging body, its text from a commenting body (else the quote), to be re-anchored by its
 * TextQuoteSelector with the TextPositionSelector as a hint (`applyMapImport` places it exactly
 * or fuzzily, or leaves it an orphan). An annotation without a quote becomes an orphan.
 */
export function importAnnotations(input: string | Uint8Array): MapImport {
  const root = parseJsonFile(input, 'annotations')
  const annotations = annotationList(root)
  const skipped: SkippedItem[] = []
  const nodes: ImportNode[] = []
  annotations.forEach((value, at) => {
    const what = `annotation ${at + 1}`
    if (!isObject(value)) return skipped.push({ what, why: 'not an object' })
    const bodies = list(value.body).map((body) => (typeof body === 'string' ? { value: body } : body)).filter(isObject)
    const tag = bodies.find((body) => body.purpose === 'tagging' && nodeKinds.includes(body.value as NodeKind))
    const comment = bodies.find((body) => body.purpose === 'commenting' && typeof body.value === 'string') ?? bodies.find((body) => body.purpose === undefined && typeof body.value === 'string')
    const selectors = list(value.target).flatMap((target) => (isObject(target) ? list(target.selector) : [])).flatMap(withRefinements).filter(isObject)
    const quoteSelector = selectors.find((selector) => selector.type === 'TextQuoteSelector' && typeof selector.exact === 'string' && selector.exact.length > 0)
    const positionSelector = selectors.find((selector) => selector.type === 'TextPositionSelector' && isOffset(selector.start) && isOffset(selector.end))
    const exact = quoteSelector ? (quoteSelector.exact as string) : ''
    const text = typeof comment?.value === 'string' ? comment.value : typeof value.bodyValue === 'string' ? value.bodyValue : exact
    if (!text.trim() && !exact) return skipped.push({ what, why: 'it has neither a text body nor a quote' })
    if (exact.length > maxQuoteLength) skipped.push({ what, why: `its quote is longer than ${maxQuoteLength} characters: imported without a highlight` })
    const quote = {
      exact: exact.length > maxQuoteLength ? '' : exact,
      prefix: typeof quoteSelector?.prefix === 'string' ? quoteSelector.prefix.slice(-200) : '',
      suffix: typeof quoteSelector?.suffix === 'string' ? quoteSelector.suffix.slice(0, 200) : '',
    }
    const position = positionSelector ? { start: positionSelector.start as number, end: positionSelector.end as number } : undefined
    const origin = originOf(value)
    nodes.push({ key: `annotation-${at}`, kind: (tag?.value as NodeKind | undefined) ?? 'claim', text: text || exact, ...origin, quote: { quote, ...(position ? { position } : {}), ...origin } })
  })
  return { nodes, junctions: [], links: [], skipped }
}

/** The annotation's creator (a name is needed) and creation time, kept as the node's author and time. */
function originOf(annotation: Json): { author?: { id: string; name: string }; createdAt?: number } {
  const creator = list(annotation.creator).find((value) => isObject(value) && (typeof value.name === 'string' || typeof value.nickname === 'string')) as Json | undefined
  const name = creator ? String(creator.name ?? creator.nickname).trim().slice(0, 80) : ''
  const id = creator && typeof creator.id === 'string' && creator.id.length > 0 ? creator.id.slice(0, 64) : `annotation:${name}`.slice(0, 64)
  const created = typeof annotation.created === 'string' ? Date.parse(annotation.created) : Number.NaN
  return { ...(name ? { author: { id, name } } : {}), ...(Number.isFinite(created) && created >= 0 ? { createdAt: created } : {}) }
}

function annotationList(root: unknown): unknown[] {
  if (Array.isArray(root)) return root
  if (!isObject(root)) throw new FormatError('annotations', 'Web Annotations: the file must hold an Annotation, an AnnotationPage or an AnnotationCollection.', { field: '(root)' })
  const type = list(root.type)
  if (type.includes('AnnotationCollection')) {
    if (typeof root.first === 'string') throw new FormatError('annotations', 'Web Annotations: the collection links to its first page instead of including it; include the page (or send the AnnotationPage).', { field: 'first' })
    if (!isObject(root.first)) throw new FormatError('annotations', 'Web Annotations: the collection has no "first" page.', { field: 'first' })
    return pageItems(root.first, 'first.items')
  }
  if (type.includes('AnnotationPage')) return pageItems(root, 'items')
  if (type.includes('Annotation')) return [root]
  throw new FormatError('annotations', 'Web Annotations: "type" must be Annotation, AnnotationPage or AnnotationCollection.', { field: 'type' })
}

function pageItems(page: Json, field: string): unknown[] {
  if (!Array.isArray(page.items)) throw new FormatError('annotations', `Web Annotations: "${field}" must be a list of annotations.`, { field })
  return page.items
}

const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value])
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

/** A selector and the selectors refining it (a quote refined inside a range, say). */
function withRefinements(selector: unknown, depth = 0): unknown[] {
  if (!isObject(selector) || depth > 8) return []
  return [selector, ...list(selector.refinedBy).flatMap((refined) => withRefinements(refined, depth + 1))]
}
