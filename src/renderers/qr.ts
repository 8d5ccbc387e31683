// The QR code on a poster: where it leads, and the picture of it.
import QRCode from 'qrcode'

import { palette } from './brand'

export type QrTarget = {
  /** PUBLIC_URL: where people reach the site. */
  baseUrl: string
  messageSlug: string
  /** The address (slug) of the venue the poster is for; its scans are counted against it (`/q/<venue>/<message>`). */
  venueRef?: string | null
  /** Path prefix of the message page's language ("" for English, "/pl" for Polish). */
  localePrefix?: string
}

/** The address a poster's QR code opens. */
export function qrTargetUrl({ baseUrl, messageSlug, venueRef, localePrefix = '' }: QrTarget): string {
  const base = baseUrl.replace(/\/+$/, '')
  const slug = encodeURIComponent(messageSlug)
  if (venueRef) return `${base}/q/${encodeURIComponent(venueRef)}/${slug}`
  // The reference counts the arrival as one from a poster (src/insight/references.ts); /q/ adds it on its way.
  return `${base}${localePrefix}/messages/${slug}?ref=qr`
}

/** Pixels per QR module: the PNG is placed a few centimetres wide, so this keeps edges sharp in print. */
export const qrModulePixels = 10

/**
 * The QR code as a PNG, ink on white with the standard four-module quiet zone. Error correction level Q
 * (a quarter of the code can be lost) because posters get folded, pinned through and scuffed.
 */
export function qrCodePng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, {
    type: 'png',
    errorCorrectionLevel: 'Q',
    margin: 4,
    scale: qrModulePixels,
    color: { dark: palette.ink, light: palette.white },
  })
}
