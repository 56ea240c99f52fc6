export type Route = { name: 'home' } | { name: 'room'; roomId: string } | { name: 'notFound' }

/** `/` is home; `/r/<room>` a room (the id is checked by the page, so a bad one gets a message). */
export function routeFor(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' }
  const match = /^\/r\/([^/]*)\/?$/.exec(pathname)
  if (!match) return { name: 'notFound' }
  let roomId = match[1]!
  try {
    roomId = decodeURIComponent(roomId)
  } catch {
    // A malformed escape is simply an invalid id.
  }
  return { name: 'room', roomId }
}
