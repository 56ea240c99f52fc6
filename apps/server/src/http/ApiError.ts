/** An API failure with its HTTP status; the message is sent as `{"error": message}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}
