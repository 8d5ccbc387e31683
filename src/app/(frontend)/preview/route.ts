import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isTeamMember } from '@/domain/roles'
import { defaultSiteLocale, isSiteLocale, localePath } from '@/i18n/siteWords'

/**
 * GET /preview?path=/messages/x&locale=pl: an editor sees a page with drafts and scheduled messages, as it will
 * look. Only a logged-in member of the comms team gets the preview cookie; visitors never see a draft.
 */
export async function GET(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!isTeamMember(user)) {
    return new Response('Log in to the admin as a member of the comms team to preview pages.', { status: 403 })
  }
  const url = new URL(request.url)
  const locale = url.searchParams.get('locale')
  ;(await draftMode()).enable()
  redirect(localePath(isSiteLocale(locale) ? locale : defaultSiteLocale, sitePath(url.searchParams.get('path'))))
}

/** Only a path on this site: never an address elsewhere ("//host" or "https://..."). */
function sitePath(path: string | null): string {
  return path && /^\/(?!\/)[\w\-/]*$/.test(path) ? path : '/'
}
