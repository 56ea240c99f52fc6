/** How this browser's person appears to others: stable id, display name, colour. */
export interface Identity {
  readonly id: string
  readonly name: string
  readonly color: string
  /** False until the person picked (or dismissed) the first-visit prompt. */
  readonly chosen: boolean
}

export const maxDisplayNameLength = 80
