/** The few y-websocket frames the load clients need, with lib0's varUint encoding written out. */
export const messageSync = 0
export const messageAwareness = 1
export const messageSaved = 100
export const syncStep1 = 0
export const syncStep2 = 1
export const syncUpdate = 2

function writeVarUint(out: number[], value: number): void {
  while (value > 0x7f) {
    out.push(0x80 | (value & 0x7f))
    value = Math.floor(value / 128)
  }
  out.push(value)
}

/** `varUint(type) [varUint(subtype)] varUint8Array(payload)` */
export function encodeFrame(types: number[], payload: Uint8Array): Uint8Array {
  const head: number[] = []
  for (const type of types) writeVarUint(head, type)
  writeVarUint(head, payload.byteLength)
  const frame = new Uint8Array(head.length + payload.byteLength)
  frame.set(head)
  frame.set(payload, head.length)
  return frame
}

export class FrameReader {
  private offset = 0
  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0
    let shift = 1
    for (;;) {
      const byte = this.bytes[this.offset++]
      if (byte === undefined) throw new Error('frame ended inside a varUint')
      value += (byte & 0x7f) * shift
      if (byte < 0x80) return value
      shift *= 128
    }
  }

  varUint8Array(): Uint8Array {
    const length = this.varUint()
    const start = this.offset
    this.offset += length
    return this.bytes.subarray(start, this.offset)
  }
}
