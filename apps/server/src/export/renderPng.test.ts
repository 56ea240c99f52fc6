import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderPng, runningPngThreads } from './renderPng'

// Mocks reach this thread's modules only: a render on the event loop would meet this one.
vi.mock('@napi-rs/canvas', () => ({
  createCanvas: () => {
    throw new Error('a PNG was painted on the event loop')
  },
}))

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#2563eb"/><text x="2" y="14" font-size="12">Ab</text></svg>'

describe('renderPng', () => {
  // The idle stop is a timer in this thread: faked in every test, so none fires in a later one.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  it('renders on its own thread, not on the event loop', async () => {
    const png = await renderPng(() => [svg], 80 * 40, 2)
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG')
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(80)
  })

  it('rejects a drawing the painter cannot read with a clear error, and renders the next one', async () => {
    await expect(renderPng(() => ['<svg not closed'], 40 * 20, 1)).rejects.toThrow(/could not render the PNG/)
    const png = await renderPng(() => [svg], 40 * 20, 1)
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(40)
  })

  it('stops a PNG thread left idle, freeing its memory, and starts one again for the next picture', async () => {
    await renderPng(() => [svg], 40 * 20, 1)
    expect(runningPngThreads()).toBe(1)
    vi.advanceTimersByTime(9_000)
    expect(runningPngThreads()).toBe(1)
    vi.advanceTimersByTime(1_000)
    expect(runningPngThreads()).toBe(0)
    const png = await renderPng(() => [svg], 40 * 20, 1)
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(40)
    expect(runningPngThreads()).toBe(1)
  })
})
