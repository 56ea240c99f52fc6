type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loading: Promise<Pdfjs> | undefined

/**
 * pdfjs-dist's legacy build (it loads in Node 20 and in every browser), with its worker code
 * running in this thread: we are already off the main thread (in the import Web Worker, or on the
 * server), and a nested worker would need a separately served script.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const global = globalThis as { pdfjsWorker?: unknown }
    // @ts-ignore -- the worker entry ships without types (and apps compile this file too)
    global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loading
}
