import { randomBytes } from 'node:crypto'
import { type APIRequestContext, expect } from '@playwright/test'

export type Role = 'owner' | 'editor' | 'annotator' | 'viewer'

export interface CreatedRoom {
  id: string
  epoch: string
  /** One room URL with its token per role. */
  links: Record<Role, string>
}

/**
 * Creates a room through the API (`POST /api/rooms`), as the home page does; the server seeds its
 * text, one paragraph per line. `baseURL` for a server other than the shared one.
 */
export async function createRoom(request: APIRequestContext, room: { title: string; text: string; id?: string }, baseURL?: string): Promise<CreatedRoom> {
  const response = await request.post(`${baseURL ?? ''}/api/rooms`, { data: room })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()) as CreatedRoom
}

/** An id nobody has used, for rooms created under a chosen id. */
export function freshRoomId(): string {
  return `e2e-${randomBytes(6).toString('hex')}`
}

/**
 * The sample room's owner link: the shared server prints it at start, and playwright.config.ts
 * catches it from its output (`webServer.wait`) into this variable.
 */
export function sampleOwnerLink(): string {
  const link = process.env.WARRANT_SAMPLE_LINK
  if (!link) throw new Error('WARRANT_SAMPLE_LINK is not set: the webServer did not print the sample room link')
  return link
}

/** The link id (the token's `jti`) of a room link: the server signs a fresh token each time it lists a link, the id stays. */
export function linkIdOf(link: string): string {
  const token = new URL(link).searchParams.get('token') ?? ''
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { jti?: string }
  if (!payload.jti) throw new Error(`no link id in ${link}`)
  return payload.jti
}
