// What `campaign cards` and `campaign poster` share on the command line: options, and a refusal as one line.
import type { Payload } from 'payload'

import { isSiteLocale, siteLocales, type SiteLocale } from '../i18n/siteWords'
import { MaterialsRefused } from '../materials/approvedWords'
import { withPayload } from './openPayload'
import { UsageError } from './usage'

export function localeOption(value: string | undefined): SiteLocale {
  if (value === undefined) return 'en'
  if (!isSiteLocale(value)) throw new UsageError(`--locale must be one of: ${siteLocales.join(', ')}.`)
  return value
}

export function requiredOption(value: string | undefined, name: string, example: string): string {
  if (!value?.trim()) throw new UsageError(`${name} is required, e.g. ${name} ${example}.`)
  return value.trim()
}

/** Opens Payload for the command; a refusal becomes one line on standard error and exit status 1. */
export async function makeMaterials(work: (payload: Payload) => Promise<number>): Promise<number> {
  try {
    return await withPayload(work)
  } catch (error) {
    if (!(error instanceof MaterialsRefused)) throw error
    console.error(`campaign: ${error.message}`)
    return 1
  }
}
