/** One remote (or our own) awareness state, validated: awareness comes from other browsers and is untrusted. */
export interface AwarenessPeer {
  readonly clientId: number
  readonly userId: string
  readonly name: string
  readonly color: string
  /** Pointer on the map in flow coordinates, or null when off the map. */
  readonly pointer: { readonly x: number; readonly y: number } | null
  readonly selection: readonly string[]
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number } | null
}
