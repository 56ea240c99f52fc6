/** Grounded-semantics labels: stands (in), falls (out), open (undecided). */
export type Label = 'in' | 'out' | 'undec'

export interface Labelling {
  readonly label: Label
  /**
   * Why: for `out`, the attackers that stand; for `undec`, the attackers still open; for `in`,
   * its attackers (all fall); a given (accepted or rejected) has none.
   */
  readonly because: readonly string[]
  /** Set when a person fixed the label by hand rather than the attacks deciding it. */
  readonly given?: 'accepted' | 'rejected'
}
