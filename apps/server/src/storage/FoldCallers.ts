import type { FoldedSnapshot } from './Storage'

/**
 * Who waits for which fold: per doc, in the order asked (the writer answers a doc's folds in that
 * order), and a count of all outstanding ones for `foldsSettled`.
 */
export class FoldCallers {
  private readonly byDoc = new Map<string, ((folded: FoldedSnapshot | null) => void)[]>()
  private outstanding = 0
  private settledWaiters: (() => void)[] = []

  add(docName: string): Promise<FoldedSnapshot | null> {
    this.outstanding += 1
    return new Promise((resolve) => {
      const callers = this.byDoc.get(docName)
      if (callers === undefined) this.byDoc.set(docName, [resolve])
      else callers.push(resolve)
    })
  }

  /** The writer's answer to the doc's oldest fold. */
  answer(docName: string, folded: FoldedSnapshot | null): void {
    const callers = this.byDoc.get(docName)
    const resolve = callers?.shift()
    if (callers?.length === 0) this.byDoc.delete(docName)
    resolve?.(folded)
    this.outstanding -= 1
    if (this.outstanding === 0) for (const settle of this.settledWaiters.splice(0)) settle()
  }

  /** Resolves once every fold asked for so far has been answered or dropped. */
  settled(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve()
    return new Promise((resolve) => this.settledWaiters.push(resolve))
  }

  /** Folds that can no longer be answered resolve as dropped (a fold is only an optimisation). */
  dropAll(): void {
    for (const callers of this.byDoc.values()) for (const resolve of callers) resolve(null)
    this.byDoc.clear()
    this.outstanding = 0
    for (const settle of this.settledWaiters.splice(0)) settle()
  }
}
