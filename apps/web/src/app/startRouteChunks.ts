import { startRoomAccess, startedRoomAccess } from '../access/startRoomAccess'
import { takeRoomToken } from '../access/takeRoomToken'
import { loadMapView } from './loadMapView'
import { routeFor } from './routeFor'
import { getRoomSession } from '../session/getRoomSession'

// main.tsx imports this first, so it runs before the rest of the app's code is evaluated: a
// room's map chunk starts loading as soon as the entry has, in parallel with the reader, rather
// than after React, TipTap and the room page have been evaluated. A failure shows up where the
// room page renders the map; nothing to report here. The room's access check starts here too: the
// room connects only once it is answered, and once granted its session starts at once rather than
// when React renders the room page (which then takes the same session from getRoomSession).
const route = routeFor(window.location.pathname)
if (route.name === 'room') {
  loadMapView().catch(() => undefined)
  const token = takeRoomToken(route.roomId)
  if (token) {
    startRoomAccess(route.roomId, token)
    void startedRoomAccess(route.roomId, token)?.then((check) => {
      if (check.state === 'granted' && !check.offline) getRoomSession(route.roomId, { token, role: check.access.role, epoch: check.access.epoch })
    })
  }
}
