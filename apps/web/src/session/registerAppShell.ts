/**
 * Registers the service worker that keeps the app shell for offline starts (public/sw.js);
 * production builds only. Its install step fetches every chunk of the build, so it waits until
 * the page has loaded and the main thread is idle: a first visit's room opens first.
 */
export function registerAppShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No offline start then; everything else works.
    })
  }
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1000))
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
