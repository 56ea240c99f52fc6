let chunk: Promise<typeof import('./linkBehaviours') | null> | undefined

/**
 * The chunk of TipTap Link's behaviours (null if it cannot load), fetched once. A room page starts
 * it with the page (startRouteChunks): registered on an editor that already shows a long reading,
 * TipTap's reconfiguration rebuilds y-prosemirror's binding, which renders the whole text again
 * (33 ms for 200,000 characters, between the text and the highlights); registered before the
 * text arrives, it costs next to nothing.
 */
export function loadLinkBehavioursChunk(): Promise<typeof import('./linkBehaviours') | null> {
  chunk ??= import('./linkBehaviours').catch(() => null)
  return chunk
}
