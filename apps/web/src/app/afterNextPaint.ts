/** Longest wait: a hidden tab runs no animation frames, and what waits must not wait for the tab. */
const fallbackMs = 100

/**
 * Runs `run` once the next frame has been produced: a message posted from that frame's
 * requestAnimationFrame callback is handled after the frame's style, layout and paint. Work a
 * frame need not wait for goes here, so that frame shows what the person asked for sooner.
 * Returns a function that cancels the run.
 */
export function afterNextPaint(run: () => void): () => void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    run()
  }
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      once()
    }
    channel.port2.postMessage(null)
  })
  const timer = setTimeout(once, fallbackMs)
  return () => {
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
