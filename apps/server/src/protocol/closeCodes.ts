/**
 * WebSocket close codes the server uses. None is in 4400-4499, which the stock y-websocket
 * client treats as "do not reconnect"; all of these let it reconnect with backoff.
 */
export const closeCodes = {
  /** Unreadable frame: truncated varint, unknown message or sync type. */
  protocolError: 1002,
  /** Readable frame whose payload is invalid: an update or awareness update that fails to decode or apply. */
  invalidPayload: 1007,
  /** Frame over `maxFramePayload` (sent by `ws` itself) or awareness over `maxAwarenessPayload`. */
  messageTooBig: 1009,
  /** The doc cannot be opened (corrupt storage) or the server failed while handling the doc. */
  internalError: 1011,
  /** The server is stopping or the doc is being reloaded; reconnect. */
  serviceRestart: 1012,
} as const
