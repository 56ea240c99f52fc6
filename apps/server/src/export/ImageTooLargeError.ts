/** A PNG export larger than the server renders (`maxPngPixels`); the message says what fits. */
export class ImageTooLargeError extends Error {
  override readonly name = 'ImageTooLargeError'
}
