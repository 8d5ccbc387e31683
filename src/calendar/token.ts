// The secret in a team member's calendar feed address: whoever has the address can read the calendar, so it
// is long, random, and replaced (not reused) when someone asks for a new one.

import { randomBytes } from 'node:crypto'

export const newCalendarToken = () => randomBytes(24).toString('base64url')

/** 24 random bytes in base64url: 32 letters, digits, '-' and '_'. Anything else cannot be a token. */
export const isTokenShaped = (value: string) => /^[A-Za-z0-9_-]{32}$/.test(value)

export const feedPath = (token: string) => `/api/calendar/feed/${token}.ics`
