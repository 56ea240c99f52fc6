/** A file an API route answers with instead of JSON (exports). */
export class FileBody {
  constructor(
    readonly body: Uint8Array,
    readonly contentType: string,
    readonly fileName: string,
  ) {}

  /** `attachment` with an RFC 5987 file name, so non-ASCII titles survive. */
  get disposition(): string {
    const ascii = this.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
    return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(this.fileName)}`
  }
}
