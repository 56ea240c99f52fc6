import { KnownRoomList } from './KnownRoomList'
import { NewRoomForm } from './NewRoomForm'
import './home.css'

/** `/`: the rooms this browser has opened and a form for a new one. */
export function HomePage() {
  return (
    <div className="home-page">
      <header className="home-header">
        <span className="app-name">Warrant</span>
        <p className="home-tagline">Read a text together, highlight its claims and map the argument.</p>
      </header>
      <main className="home-grid">
        <KnownRoomList />
        <NewRoomForm />
      </main>
    </div>
  )
}
