import { Suspense, lazy, useEffect, useState } from 'react'
import { isRoomId } from '@warrant/model'
import { RoomPage } from './RoomPage'
import { routeFor, type Route } from './routeFor'

// The home page brings the file reader (DOMPurify, the reading worker): loaded only when visited.
const HomePage = lazy(() => import('../home/HomePage').then((module) => ({ default: module.HomePage })))

export function App() {
  const [path, setPath] = useState(() => window.location.pathname)
  useEffect(() => {
    const onPopState = () => setPath(window.location.pathname)
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])
  const route: Route = routeFor(path)
  switch (route.name) {
    case 'room':
      return isRoomId(route.roomId) ? <RoomPage key={route.roomId} roomId={route.roomId} /> : <Problem title="This room id is not valid">Room ids are 1 to 64 letters, digits, dashes or underscores.</Problem>
    case 'home':
      return (
        <Suspense fallback={null}>
          <HomePage />
        </Suspense>
      )
    case 'notFound':
      return <Problem title="Page not found">There is nothing at this address.</Problem>
  }
}

function Problem({ title, children }: { title: string; children: string }) {
  return (
    <div className="problem-page" role="alert" data-testid="route-problem">
      <h1>{title}</h1>
      <p>{children}</p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </div>
  )
}
