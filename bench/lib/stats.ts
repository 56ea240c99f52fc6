/** Percentiles of a sample (nearest-rank); NaN when empty. */
export interface LatencyStats {
  count: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number): number => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!)
  return { count: sorted.length, p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN }
}

export function median(samples: readonly number[]): number {
  return latencyStats(samples).p50
}

export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`
}

export function formatRatio(ours: number, peer: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return 'n/a'
  return `${(ours / peer).toFixed(2)}×`
}
