/** Longest wait for a frame before running anyway: a hidden tab has no frames. */
const latestMs = 200

/**
 * Runs `callback` once, in a task after the next frame is painted, so work a keystroke causes
 * (sending, storing) does not hold the frame that shows the key. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let frame: number | null = null
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame)
    frame = null
    clearTimeout(timer)
  }
  const run = () => {
    cancel()
    callback()
  }
  let timer = setTimeout(run, latestMs)
  // A task posted from the animation frame callback runs after that frame's paint.
  frame = requestAnimationFrame(() => {
    frame = null
    clearTimeout(timer)
    timer = setTimeout(run, 0)
  })
  return cancel
}
