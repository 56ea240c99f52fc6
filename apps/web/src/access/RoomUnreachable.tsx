import './access.css'

/** The server could not be asked about the room, and this browser has not opened it before. */
export function RoomUnreachable({ detail, onRetry }: { detail: string; onRetry: () => void }) {
  return (
    <div className="access-page" role="alert" data-testid="access-problem" data-problem="unreachable">
      <div className="access-card">
        <h1>The room cannot be opened right now</h1>
        <p>{detail} Check your connection and try again.</p>
        <p className="access-actions">
          <button type="button" className="button-primary" onClick={onRetry}>
            Try again
          </button>
          <a href="/" className="access-home">
            Go to the home page
          </a>
        </p>
      </div>
    </div>
  )
}
