import { closeCodes } from './protocol/closeCodes'

/** A frame that closes its connection, with the close code the client will see. */
export class FrameError extends Error {
  constructor(
    readonly closeCode: number,
    message: string,
  ) {
    super(message)
  }
}

/** Close code for anything thrown while reading a frame: decoder errors mean a malformed frame. */
export function closeCodeFor(error: unknown): number {
  return error instanceof FrameError ? error.closeCode : closeCodes.protocolError
}
