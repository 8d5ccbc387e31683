import type { Endpoint } from 'payload'

/** Placeholder: the calendar's endpoints are being written. */
export const calendarEndpoints: Endpoint[] = []
