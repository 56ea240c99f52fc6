import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../testing/random'
import { type Framework, groundedLabelling } from './groundedLabelling'

const labelsOf = (framework: Framework) => Object.fromEntries([...groundedLabelling(framework)].map(([id, { label }]) => [id, label]))
const framework = (args: string, attacks: string): Framework => ({
  arguments: args.split(''),
  attacks: attacks ? attacks.split(' ').map((pair) => [pair[0]!, pair[1]!] as const) : [],
})

/** The grounded extension as the least fixed point of the characteristic function, by brute force. */
function referenceLabels({ arguments: args, attacks }: Framework): Record<string, string> {
  const attackers = (x: string) => attacks.filter(([, to]) => to === x).map(([from]) => from)
  const defends = (set: Set<string>, x: string) => attackers(x).every((y) => attackers(y).some((z) => set.has(z)))
  let extension = new Set<string>()
  for (;;) {
    const next = new Set(args.filter((x) => defends(extension, x)))
    if (next.size === extension.size && [...next].every((x) => extension.has(x))) break
    extension = next
  }
  const out = new Set(args.filter((x) => attackers(x).some((y) => extension.has(y))))
  return Object.fromEntries(args.map((x) => [x, extension.has(x) ? 'in' : out.has(x) ? 'out' : 'undec']))
}

describe('groundedLabelling', () => {
  it('labels a chain: a stands, b falls, c stands again', () => {
    expect(labelsOf(framework('abc', 'ab bc'))).toEqual({ a: 'in', b: 'out', c: 'in' })
  })

  it('leaves an odd cycle open and an even cycle open too (grounded is sceptical)', () => {
    expect(labelsOf(framework('abc', 'ab bc ca'))).toEqual({ a: 'undec', b: 'undec', c: 'undec' })
    expect(labelsOf(framework('ab', 'ab ba'))).toEqual({ a: 'undec', b: 'undec' })
  })

  it('leaves a self-attacker open, and what it alone attacks open as well', () => {
    expect(labelsOf(framework('ab', 'aa ab'))).toEqual({ a: 'undec', b: 'undec' })
  })

  it('reinstates a defended argument: c attacks b, which attacked a', () => {
    expect(labelsOf(framework('abcd', 'ba cb dd'))).toEqual({ a: 'in', b: 'out', c: 'in', d: 'undec' })
  })

  it('explains: an argument falls because of attackers that stand', () => {
    const result = groundedLabelling(framework('abc', 'ab cb'))
    expect(result.get('b')).toEqual({ label: 'out', because: ['a', 'c'] })
    expect(result.get('a')).toEqual({ label: 'in', because: [] })
  })

  it('honours givens: accepted stands whatever attacks it, rejected falls and attacks nothing', () => {
    const givens = new Map([
      ['b', 'accepted' as const],
      ['c', 'rejected' as const],
    ])
    const result = groundedLabelling({ ...framework('abcd', 'ab cd'), givens })
    expect(Object.fromEntries([...result].map(([id, { label }]) => [id, label]))).toEqual({ a: 'in', b: 'in', c: 'out', d: 'in' })
    expect(result.get('b')).toEqual({ label: 'in', because: [], given: 'accepted' })
  })

  it('agrees with the least fixed point of the characteristic function on 500 random frameworks of up to 12 arguments', () => {
    const random = mulberry32(20260405)
    for (let run = 0; run < 500; run++) {
      const size = 1 + Math.floor(random() * 12)
      const args = Array.from({ length: size }, (_, i) => String.fromCharCode(97 + i))
      const density = random() * 0.35
      const attacks: [string, string][] = []
      for (const from of args) for (const to of args) if (random() < density) attacks.push([from, to])
      const subject = { arguments: args, attacks }
      expect(labelsOf(subject), JSON.stringify(subject)).toEqual(referenceLabels(subject))
    }
  })
})
