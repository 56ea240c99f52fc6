import type { Label, Labelling } from './Label'

export interface Framework {
  readonly arguments: readonly string[]
  /** [attacker, attacked]; attacks naming unknown arguments are ignored. */
  readonly attacks: readonly (readonly [string, string])[]
  /** Labels a person fixed: accepted stands whatever attacks it, rejected falls. */
  readonly givens?: ReadonlyMap<string, 'accepted' | 'rejected'>
}

/**
 * Dung's grounded labelling in linear time: an argument whose attackers have all fallen stands,
 * an argument attacked by one that stands falls, and what is left is open. Each argument and
 * each attack is visited a bounded number of times.
 */
export function groundedLabelling({ arguments: args, attacks, givens = new Map() }: Framework): Map<string, Labelling> {
  const index = new Map<string, number>()
  args.forEach((id, i) => index.set(id, i))
  const attackersOf: number[][] = args.map(() => [])
  const targetsOf: number[][] = args.map(() => [])
  for (const [from, to] of attacks) {
    const a = index.get(from)
    const b = index.get(to)
    if (a === undefined || b === undefined) continue
    // An accepted argument stands whatever attacks it.
    if (givens.get(to) === 'accepted') continue
    attackersOf[b]!.push(a)
    targetsOf[a]!.push(b)
  }
  const labels: (Label | undefined)[] = Array.from({ length: args.length }, () => undefined)
  const liveAttackers = attackersOf.map((attackers) => attackers.length)
  const queue: number[] = []
  const makeIn = (i: number) => {
    labels[i] = 'in'
    queue.push(i)
  }
  const makeOut = (i: number) => {
    labels[i] = 'out'
    for (const target of targetsOf[i]!) {
      if (--liveAttackers[target]! === 0 && labels[target] === undefined) makeIn(target)
    }
  }
  args.forEach((id, i) => {
    if (givens.get(id) === 'rejected') labels[i] = 'out'
  })
  args.forEach((id, i) => {
    if (givens.get(id) === 'rejected') makeOut(i)
  })
  args.forEach((_, i) => {
    if (labels[i] === undefined && liveAttackers[i] === 0) makeIn(i)
  })
  while (queue.length > 0) {
    const i = queue.pop()!
    for (const target of targetsOf[i]!) if (labels[target] === undefined) makeOut(target)
  }
  const result = new Map<string, Labelling>()
  args.forEach((id, i) => {
    const label = labels[i] ?? 'undec'
    const given = givens.get(id)
    const attackers = attackersOf[i]!
    const because = given ? [] : attackers.filter((a) => (label === 'out' ? labels[a] === 'in' : label === 'undec' ? (labels[a] ?? 'undec') === 'undec' : true)).map((a) => args[a]!)
    result.set(id, given ? { label, because, given } : { label, because })
  })
  return result
}
