import type { MapData } from '../MapData'

export interface ExportAnnotationsOptions {
  /** The IRI of the reading the selectors point into (e.g. the room's URL). */
  source: string
  /** Base IRI for annotation ids; `urn:warrant:anchor:` by default. */
  idBase?: string
}

/**
 * Writes every highlight as a W3C Web Annotation (JSON-LD) in one AnnotationCollection: the
 * target's TextQuoteSelector and TextPositionSelector (over Warrant's plain-text
 * serialisation), the node's kind as a tagging body, its text as a commenting body, its creator.
 */
export function exportAnnotations(map: MapData, { source, idBase = 'urn:warrant:anchor:' }: ExportAnnotationsOptions): string {
  const items = map.nodes.flatMap((node) => {
    const anchor = map.anchors.get(node.id)
    if (!anchor) return []
    return [
      {
        id: `${idBase}${encodeURIComponent(anchor.id)}`,
        type: 'Annotation',
        motivation: 'highlighting',
        created: new Date(anchor.createdAt).toISOString(),
        creator: { id: `urn:warrant:user:${encodeURIComponent(anchor.author.id)}`, type: 'Person', name: anchor.author.name },
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: node.kind },
          { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: node.text },
        ],
        target: {
          source,
          selector: [
            { type: 'TextQuoteSelector', exact: anchor.quote.exact, prefix: anchor.quote.prefix, suffix: anchor.quote.suffix },
            { type: 'TextPositionSelector', start: anchor.position.start, end: anchor.position.end },
          ],
        },
      },
    ]
  })
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    ...(map.title ? { label: map.title } : {}),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}
