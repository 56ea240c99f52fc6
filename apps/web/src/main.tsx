// First: starts the chunks the page's route needs at once (the map of a room) before the rest is evaluated.
import './app/startRouteChunks'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './app/app.css'
import { App } from './app/App'
import { registerAppShell } from './session/registerAppShell'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

registerAppShell()
