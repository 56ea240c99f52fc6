/** The sync endpoint's base on this page's host: ws: on http, wss: on https. */
export function syncBaseUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`
}
