import { startRoomAccess } from '../access/startRoomAccess'
import { takeRoomToken } from '../access/takeRoomToken'
import { loadMapView } from './loadMapView'
import { routeFor } from './routeFor'

// main.tsx imports this first, so it runs before the rest of the app's code is evaluated: a
// room's map chunk starts loading as soon as the entry has, in parallel with the reader, rather
// than after React, TipTap and the room page have been evaluated. A failure shows up where the
// room page renders the map; nothing to report here. The room's access check starts here too: the
// room connects only once it is answered.
const route = routeFor(window.location.pathname)
if (route.name === 'room') {
  loadMapView().catch(() => undefined)
  const token = takeRoomToken(route.roomId)
  if (token) startRoomAccess(route.roomId, token)
}
