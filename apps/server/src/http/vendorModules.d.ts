// negotiator 1.1 ships no types (@types/negotiator describes 0.6, without `preferred`); only what
// this folder uses is declared.
declare module 'negotiator' {
  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> })
    /** The acceptable ones of `available`, most preferred first; ties go by `preferred`. */
    encodings(available?: string[], options?: { preferred?: string[] }): string[]
  }
  export default Negotiator
}
