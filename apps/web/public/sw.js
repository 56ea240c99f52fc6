// The app shell for offline starts: network first, and the last copy of each page and asset
// when the network fails. The room itself comes from IndexedDB (LocalRoomCopy); the API and the
// sync endpoint are never cached.
const cacheName = 'warrant-shell-v1'

// The first page load happens before this worker controls the page: keep the shell and all its
// assets now, so that the very next start works offline.
self.addEventListener('install', (event) => {
  self.skipWaiting()
  event.waitUntil(
    caches.open(cacheName).then(async (cache) => {
      const response = await fetch('/', { cache: 'no-store' })
      if (!response.ok) return
      const html = await response.clone().text()
      await cache.put(new Request('/'), response)
      const named = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1])
      // The lazy chunks too (the map pane, panels, export): index.html names only the initial ones.
      const listed = await fetch('/asset-manifest.json', { cache: 'no-store' })
        .then((list) => (list.ok ? list.json() : []))
        .catch(() => [])
      await cache.addAll([...new Set([...named, ...listed])])
    }),
  )
})
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/') || url.pathname === '/healthz') return
  // Every room page is the same index.html: keep one copy, without the token in the key.
  const key = request.mode === 'navigate' ? new Request(new URL('/', url)) : request
  event.respondWith(
    fetch(request).then(
      (response) => {
        if (response.ok) {
          const copy = response.clone()
          event.waitUntil(caches.open(cacheName).then((cache) => cache.put(key, copy)))
        }
        return response
      },
      () => caches.match(key).then((cached) => cached ?? Response.error()),
    ),
  )
})
