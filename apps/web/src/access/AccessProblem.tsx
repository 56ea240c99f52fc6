import type { AccessProblemKind } from './AccessCheck'
import { accessProblemMessages } from './accessMessages'
import './access.css'

/** The full page shown instead of a room that cannot be opened. */
export function AccessProblem({ problem, detail }: { problem: AccessProblemKind; detail: string | null }) {
  const { title, body } = accessProblemMessages[problem]
  return (
    <div className="access-page" role="alert" data-testid="access-problem" data-problem={problem}>
      <div className="access-card">
        <h1>{title}</h1>
        <p>{body}</p>
        {detail && <p className="access-detail">The server said: {detail}</p>}
        <p>
          <a href="/" className="access-home">
            Go to the home page
          </a>
        </p>
      </div>
    </div>
  )
}
