/** A room made through our server's API, and the token its benchmark clients connect with. */
export interface BenchRoom {
  /** An editor token: writes both docs, manages nothing. */
  token: string
  /** The owner's room URL, to open the room in a browser with full rights. */
  ownerUrl: string
}

/** `POST /api/rooms` on our server (rooms must exist before anyone can sync in them). */
export async function createRoom(httpBase: string, id: string, title = `Benchmark ${id}`): Promise<BenchRoom> {
  const response = await fetch(`${httpBase}/api/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id, title, text: '' }),
  })
  if (response.status !== 201) throw new Error(`creating room ${id}: HTTP ${response.status} ${await response.text()}`)
  const { links } = (await response.json()) as { links: Record<'owner' | 'editor', string> }
  return { token: new URL(links.editor).searchParams.get('token')!, ownerUrl: links.owner }
}

/** `ws://host:port/sync` → `http://host:port`. */
export const httpBaseOf = (syncBase: string): string => syncBase.replace(/^ws/, 'http').replace(/\/sync$/, '')
