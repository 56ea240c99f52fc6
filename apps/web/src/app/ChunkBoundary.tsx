import { Component, type ReactNode } from 'react'

interface ChunkBoundaryProps {
  /** What failed to load, as a person would name it: "map". */
  what: string
  children: ReactNode
}

/**
 * Around a lazily loaded pane: if its chunk cannot be fetched (offline on a first visit, a deploy
 * replaced it), the pane says so instead of taking the whole room down. Reloading is the retry:
 * browsers may keep a failed module import, and the room's changes are kept on this device.
 */
export class ChunkBoundary extends Component<ChunkBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <div className="chunk-problem" role="alert" data-testid="chunk-problem">
        <p>The {this.props.what} could not be loaded{navigator.onLine ? '' : ' while offline'}. Your changes are kept on this device.</p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    )
  }
}
