import { type SyncStatus, sameSyncStatus } from './SyncStatus'

/** How long "Saving…" stays after the server (or this browser) has caught up. */
export const savingHoldMs = 300

/** Leaving "Saving…" for one of these, while connected, waits until the new status has held a while. */
const settles = (status: SyncStatus): boolean => !status.offline && (status.state === 'saved' || status.state === 'saved-locally')

/**
 * The status as the badge shows it. While someone types or drags, every change goes Saving… →
 * Saved within a few milliseconds; shown as is, the badge flipped twice per keystroke and per drag
 * frame (twice the frames drawn, and a polite live region announcing each flip). So "Saving…"
 * shows at once but stays until the newer status has held for `savingHoldMs`; "Saved" is never
 * shown before the latest status says so, and every other state (offline, lost…) shows at once,
 * as does everything before the room first reads "Saved".
 */
export class SettledStatus {
  private shown: SyncStatus | undefined
  /** Until the room has first read "Saved", nothing is held: opening a room is not delayed. */
  private savedOnce = false
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly show: (status: SyncStatus) => void,
    private readonly holdMs = savingHoldMs,
  ) {}

  update(status: SyncStatus): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.savedOnce && this.shown?.state === 'saving' && settles(status)) {
      this.timer = setTimeout(() => this.apply(status), this.holdMs)
      return
    }
    this.apply(status)
  }

  dispose(): void {
    clearTimeout(this.timer)
  }

  private apply(status: SyncStatus): void {
    this.timer = undefined
    if (this.shown && sameSyncStatus(this.shown, status)) return
    this.shown = status
    if (status.state === 'saved') this.savedOnce = true
    this.show(status)
  }
}
