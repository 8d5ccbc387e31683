import { createHmac } from 'node:crypto'

// The suppression list keeps a keyed hash of an address, never the address: it must outlive an erased
// subscriber (so we never write to them again) without keeping who they were.

export const addressKey = (secret: string, address: string): string =>
  createHmac('sha256', secret).update(`suppression\n${address.trim().toLowerCase()}`).digest('base64url')

export const suppressionReasons = ['unsubscribed', 'bounced', 'complained', 'erased', 'added by an admin'] as const
export type SuppressionReason = (typeof suppressionReasons)[number]
