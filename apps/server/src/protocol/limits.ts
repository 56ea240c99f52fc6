/**
 * Largest WebSocket frame accepted (2 MiB). Hostile updates can make the Yjs decoder loop or
 * eat memory (yjs#479, yjs#687), so size is the first gate; `ws` closes bigger frames with 1009.
 * A real edit is a few hundred bytes; 2 MiB leaves room for pasting a long reading at once.
 */
export const maxFramePayload = 2 * 1024 * 1024

/** Largest awareness update accepted (64 KiB): a cursor and a name need well under 1 KiB. */
export const maxAwarenessPayload = 64 * 1024
