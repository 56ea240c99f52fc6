/** Registers the service worker that keeps the app shell for offline starts (public/sw.js); production builds only. */
export function registerAppShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // No offline start then; everything else works.
  })
}
