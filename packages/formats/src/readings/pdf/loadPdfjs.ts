type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loading: Promise<Pdfjs> | undefined

/**
 * pdfjs-dist's legacy build (it loads in Node 20 and in every browser), with its worker code
 * running in this thread: we are already off the main thread (in the import Web Worker, or on the
 * server), and a nested worker would need a separately served script.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const global = globalThis as { pdfjsWorker?: unknown; window?: unknown; importScripts?: unknown }
    // Loaded inside a Web Worker with no window, pdf.worker.mjs takes the worker's own message
    // port for itself (initializeFromPort) and our requests never get an answer: hide that it
    // is in a worker while it loads.
    const inWebWorker = global.window === undefined && typeof global.importScripts === 'function'
    if (inWebWorker) global.window = globalThis
    try {
      // @ts-ignore -- the worker entry ships without types (and apps compile this file too)
      global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    } finally {
      if (inWebWorker) delete global.window
    }
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loading
}
