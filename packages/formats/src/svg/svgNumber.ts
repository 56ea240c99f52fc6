/** A coordinate with at most two decimals, so output is short and the same on every machine. */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100
  return Object.is(rounded, -0) ? '0' : String(rounded)
}
