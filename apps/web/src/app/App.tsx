import { useEffect, useState } from 'react'
import { isRoomId, sampleRoomId } from '@warrant/model'
import { RoomPage } from './RoomPage'
import { routeFor, type Route } from './routeFor'

export function App() {
  const [path, setPath] = useState(currentPath)
  useEffect(() => {
    const onPopState = () => setPath(currentPath())
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
  const route: Route = routeFor(path)
  switch (route.name) {
    case 'room':
      return isRoomId(route.roomId) ? <RoomPage key={route.roomId} roomId={route.roomId} /> : <Problem title="This room id is not valid">Room ids are 1 to 64 letters, digits, dashes or underscores.</Problem>
    case 'home':
      return null
    case 'notFound':
      return <Problem title="Page not found">There is nothing at this address.</Problem>
  }
}

/** The page's path; home has no page of its own yet, so it becomes the sample room. */
function currentPath(): string {
  if (routeFor(window.location.pathname).name === 'home') window.history.replaceState(null, '', `/r/${sampleRoomId}`)
  return window.location.pathname
}

function Problem({ title, children }: { title: string; children: string }) {
  return (
    <div className="problem-page" role="alert" data-testid="route-problem">
      <h1>{title}</h1>
      <p>{children}</p>
      <p>
        <a href={`/r/${sampleRoomId}`}>Open the sample room</a>
      </p>
    </div>
  )
}
