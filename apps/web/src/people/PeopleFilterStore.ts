import { Listeners } from '../focus/Listeners'

/** The people panel's view settings: whose work to show, and whether to colour by author. */
export interface PeopleFilter {
  /** Author ids to show; empty shows everyone. */
  readonly selected: ReadonlySet<string>
  readonly colourByAuthor: boolean
  readonly open: boolean
}

export class PeopleFilterStore {
  private state: PeopleFilter = { selected: new Set(), colourByAuthor: false, open: false }
  private readonly listeners = new Listeners()

  subscribe = this.listeners.subscribe

  get = (): PeopleFilter => this.state

  toggle(userId: string): void {
    const selected = new Set(this.state.selected)
    if (!selected.delete(userId)) selected.add(userId)
    this.set({ selected })
  }

  clear(): void {
    this.set({ selected: new Set() })
  }

  setColourByAuthor(colourByAuthor: boolean): void {
    this.set({ colourByAuthor })
  }

  setOpen(open: boolean): void {
    this.set({ open })
  }

  private set(change: Partial<PeopleFilter>): void {
    this.state = { ...this.state, ...change }
    this.listeners.notify()
  }
}
