/** The larger clock per client: acknowledgements may arrive out of order, commits never go back. */
export function mergeStateVectors(
  previous: ReadonlyMap<number, number> | null,
  next: ReadonlyMap<number, number>,
): Map<number, number> {
  const merged = new Map(previous ?? [])
  for (const [client, clock] of next) merged.set(client, Math.max(clock, merged.get(client) ?? 0))
  return merged
}
