import type { ServerOptions } from './startServer'

/**
 * PORT (8080), HOST (127.0.0.1), WARRANT_DATA_DIR (./data), WARRANT_WEB_ROOT (apps/web/dist),
 * WARRANT_SECRET, WARRANT_ADMIN_TOKEN, WARRANT_PUBLIC_URL (see the README's configuration table).
 */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got ${env.PORT}`)
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: env.WARRANT_DATA_DIR ?? './data',
    ...(env.WARRANT_WEB_ROOT ? { webRoot: env.WARRANT_WEB_ROOT } : {}),
    ...(env.WARRANT_SECRET ? { secret: env.WARRANT_SECRET } : {}),
    ...(env.WARRANT_ADMIN_TOKEN ? { adminToken: env.WARRANT_ADMIN_TOKEN } : {}),
    ...(env.WARRANT_PUBLIC_URL ? { publicUrl: env.WARRANT_PUBLIC_URL } : {}),
  }
}
