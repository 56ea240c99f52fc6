import { useRef, useState } from 'react'
import type { RoomLink } from '@warrant/model'
import { roleLabels } from '../access/roleLabels'
import { copyText } from './copyText'

export interface ShareLinkRowProps {
  link: RoomLink
  /** The role's newest link: it carries the role's test ids (`share-link-<role>`, `share-copy-<role>`). */
  primary: boolean
  own: boolean
  busy: boolean
  canRevoke: boolean
  onRevoke: (linkId: string) => void
}

/** One link: its URL, Copy, and Revoke with a confirmation step. */
export function ShareLinkRow({ link, primary, own, busy, canRevoke, onRevoke }: ShareLinkRowProps) {
  const field = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null)
  const [confirming, setConfirming] = useState(false)
  const testId = primary ? link.role : link.id
  const copy = async () => {
    setCopied((await copyText(link.url, field.current)) ? 'copied' : 'select')
    setTimeout(() => setCopied(null), 2500)
  }
  return (
    <li className="share-link">
      <input
        ref={field}
        className="share-url"
        readOnly
        value={link.url}
        aria-label={`${roleLabels[link.role]} link`}
        data-testid={`share-link-${testId}`}
        data-link-id={link.id}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="share-copy" data-testid={`share-copy-${testId}`} onClick={() => void copy()}>
        {copied === 'copied' ? 'Copied' : 'Copy'}
      </button>
      {canRevoke &&
        (confirming ? (
          <span className="share-confirm" role="group" aria-label="Confirm revoking">
            <button type="button" className="share-revoke-confirm" data-testid={`share-revoke-confirm-${link.id}`} disabled={busy} onClick={() => onRevoke(link.id)} autoFocus>
              {own ? 'Revoke my own link' : 'Revoke'}
            </button>
            <button type="button" className="share-revoke-cancel" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="share-revoke" data-testid={`share-revoke-${link.id}`} disabled={busy} onClick={() => setConfirming(true)}>
            Revoke
          </button>
        ))}
      {(own || copied === 'select' || confirming) && (
        <p className="share-link-note" role="status">
          {copied === 'select'
            ? 'Press Ctrl+C (⌘C) to copy the selected link.'
            : confirming
              ? `Everyone who opened the room with this link loses access at once.${own ? ' You opened the room with it: you will lose access too.' : ''}`
              : 'You opened the room with this link.'}
        </p>
      )}
    </li>
  )
}
