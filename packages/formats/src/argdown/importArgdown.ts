import {
  ArgdownApplication,
  ArgdownTypes,
  DataPlugin,
  type IArgument,
  type IEquivalenceClass,
  type IInference,
  type IRelation,
  IEquivalenceClass as EquivalenceClass,
  IArgument as Argument,
  ModelPlugin,
  ParserPlugin,
  RelationType,
  type RelationMember,
  StatementRole,
} from '@argdown/core'
import type { ImportJunction, ImportLink, ImportNode, MapImport, NodeKind, SkippedItem } from '@warrant/model'
import { nodeKinds } from '@warrant/model'
import { FormatError, maxMapFileLength } from '../FormatError'

let application: ArgdownApplication | null = null

function argdown(): ArgdownApplication {
  if (!application) {
    application = new ArgdownApplication()
    application.addPlugin(new ParserPlugin(), 'parse-input')
    application.addPlugin(new DataPlugin(), 'build-model')
    application.addPlugin(new ModelPlugin(), 'build-model')
  }
  return application
}

interface ArgdownResponse {
  statements?: Record<string, IEquivalenceClass>
  arguments?: Record<string, IArgument>
  relations?: IRelation[]
  lexerErrors?: { message: string; line?: number; column?: number }[]
  parserErrors?: { message: string; token?: { startLine?: number; image?: string } }[]
  exceptions?: Error[]
}

/**
 * Reads Argdown with the real parser (`@argdown/core`): statements (equivalence classes) become
 * nodes; each premise–conclusion step of an argument a junction from its premises into its
 * conclusion; support/entails → supports, attack → attacks, undercut → undercuts,
 * contrary/contradictory → attacks both ways (said in the notes). Reconstructed arguments in a
 * relation stand for their main conclusion; arguments without one become nodes.
 * Parser errors → FormatError with the line.
 */
export function importArgdown(input: string | Uint8Array): MapImport {
  const text = (typeof input === 'string' ? input : new TextDecoder().decode(input)).replace(/^\uFEFF/, '')
  if (text.length > maxMapFileLength) throw new FormatError('argdown', `Argdown: the file is larger than ${maxMapFileLength / 1024 / 1024} MB.`)
  if (text.trim().length === 0) throw new FormatError('argdown', 'Argdown: the file is empty.')
  let response: ArgdownResponse
  try {
    response = argdown().run({ input: text, process: ['parse-input', 'build-model'], logLevel: 'none' }) as ArgdownResponse
  } catch (error) {
    throw new FormatError('argdown', `Argdown: the parser failed: ${(error as Error).message}`, {}, { cause: error })
  }
  const lexerError = response.lexerErrors?.[0]
  if (lexerError) throw new FormatError('argdown', `Argdown: line ${lexerError.line ?? '?'}: ${lexerError.message}`, lexerError.line ? { line: lexerError.line } : {})
  const parserError = response.parserErrors?.[0]
  if (parserError) {
    const line = parserError.token?.startLine
    throw new FormatError('argdown', `Argdown: ${Number.isFinite(line) ? `line ${line}` : 'at the end'}: ${parserError.message.split('\n')[0]}`, Number.isFinite(line) ? { line: line! } : {})
  }
  if (response.exceptions && response.exceptions.length > 0) throw new FormatError('argdown', `Argdown: ${response.exceptions[0]!.message}`)

  const skipped: SkippedItem[] = []
  const notes: string[] = []
  const nodes: ImportNode[] = []
  const junctions: ImportJunction[] = []
  const links: ImportLink[] = []
  const rephrases: { source: string; titles: unknown }[] = []
  const statementKey = (title: string) => `s:${title}`

  for (const [title, statement] of Object.entries(response.statements ?? {})) {
    const data = warrantData(statement.data)
    const text = (EquivalenceClass.getCanonicalMemberText(statement) ?? title).trim()
    const tagKind = statement.tags?.find((tag): tag is NodeKind => nodeKinds.includes(tag as NodeKind))
    const kind = nodeKinds.includes(data.kind as NodeKind) ? (data.kind as NodeKind) : (tagKind ?? 'claim')
    const position = point(data)
    nodes.push({ key: statementKey(title), kind, text: text || title, ...(position ? { position } : {}) })
    if (data.rephrases !== undefined) rephrases.push({ source: statementKey(title), titles: data.rephrases })
  }

  const junctionOf = new Map<IInference, string>()
  const mainJunction = new Map<string, string>()
  const conclusionOf = new Map<string, string>()
  for (const [title, argument] of Object.entries(response.arguments ?? {})) {
    const pcs = argument.pcs ?? []
    if (pcs.length === 0) {
      const text = (Argument.getCanonicalMemberText(argument) ?? title).trim()
      nodes.push({ key: `a:${title}`, kind: 'claim', text: text || title })
      continue
    }
    let group: string[] = []
    let step = 0
    for (const statement of pcs) {
      const key = statementKey(statement.title ?? '')
      if (statement.role === StatementRole.PREMISE) {
        group.push(key)
        continue
      }
      const inference = (statement as { inference?: IInference }).inference
      const data = (inference?.data ?? {}) as Record<string, unknown>
      const junctionKey = `a:${title}:${++step}`
      const rules = inference?.inferenceRules?.filter((rule) => rule.trim()) ?? []
      const scheme = typeof data.scheme === 'string' ? data.scheme : rules.length > 0 ? rules.join(', ') : null
      const position = point(warrantData(data))
      junctions.push({ key: junctionKey, conclusion: key, premises: group, scheme, ...(position ? { position } : {}) })
      if (inference) junctionOf.set(inference, junctionKey)
      mainJunction.set(title, junctionKey)
      conclusionOf.set(title, key)
      group = [key]
    }
    if (group.length > 1 || step === 0) skipped.push({ what: `argument <${title}>`, why: 'premises after its last conclusion lead nowhere' })
  }

  const end = (member: RelationMember | undefined, side: 'source' | 'target'): string | null => {
    if (!member) return null
    if (member.type === ArgdownTypes.EQUIVALENCE_CLASS) return statementKey(member.title ?? '')
    if (member.type === ArgdownTypes.INFERENCE) return junctionOf.get(member) ?? mainJunction.get(member.argumentTitle ?? '') ?? null
    const title = member.title ?? ''
    const conclusion = conclusionOf.get(title)
    if (conclusion && side === 'target') notes.push(`A relation to the argument <${title}> was attached to its conclusion.`)
    return conclusion ?? `a:${title}`
  }
  const seen = new Set<string>()
  const add = (link: ImportLink) => {
    const id = `${link.source}\u0000${link.target}\u0000${link.kind}`
    if (!seen.has(id)) links.push(link)
    seen.add(id)
  }
  let symmetric = 0
  for (const relation of response.relations ?? []) {
    const source = end(relation.from, 'source')
    let target = end(relation.to, 'target')
    if (!source || !target) {
      skipped.push({ what: `${relation.relationType} relation`, why: 'one of its ends is not a statement or argument' })
      continue
    }
    switch (relation.relationType) {
      case RelationType.SUPPORT:
      case RelationType.ENTAILS:
        add({ source, target, kind: 'supports' })
        break
      case RelationType.ATTACK:
        add({ source, target, kind: 'attacks' })
        break
      case RelationType.CONTRARY:
      case RelationType.CONTRADICTORY:
        symmetric++
        add({ source, target, kind: 'attacks' })
        add({ source: target, target: source, kind: 'attacks' })
        break
      case RelationType.UNDERCUT:
        if (relation.to?.type === ArgdownTypes.ARGUMENT) target = mainJunction.get(relation.to.title ?? '') ?? target
        if (junctions.some((junction) => junction.key === target)) add({ source, target, kind: 'undercuts' })
        else {
          notes.push(`An undercut of ${relation.to?.title ?? 'a statement'} has no inference to undercut; it became an attack.`)
          add({ source, target, kind: 'attacks' })
        }
        break
      default:
        skipped.push({ what: `${String(relation.relationType)} relation`, why: 'this relation type has no counterpart on a Warrant map' })
    }
  }
  if (symmetric > 0) notes.push(`${symmetric} contrary or contradictory relation${symmetric === 1 ? '' : 's'} became attacks in both directions.`)
  for (const { source, titles } of rephrases) {
    for (const title of Array.isArray(titles) ? titles : []) if (typeof title === 'string') add({ source, target: statementKey(title), kind: 'rephrases' })
  }
  return { nodes, junctions, links, skipped, notes: [...new Set(notes)] }
}

function warrantData(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null) return {}
  const warrant = (data as Record<string, unknown>).warrant
  return typeof warrant === 'object' && warrant !== null ? (warrant as Record<string, unknown>) : {}
}

function point(data: Record<string, unknown>): { x: number; y: number } | null {
  const { x, y } = data
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null
}
