// The addresses in a reader's email: their preferences page and the one-click unsubscribe for the lists a
// campaign came through. Both work without a login and never expire: they are signed for that address.
import { type SiteLocale, localePath } from '@/i18n/siteWords'
import { signLink } from '@/mailing/signedLink'

export type Reader = { id: number | string; email: string; locale?: string | null }

export function manageToken(secret: string, reader: Reader): string {
  return signLink(secret, 'subscription-manage', reader.id, reader.email)
}

export function readerLinks(secret: string, siteUrl: string, reader: Reader, lists: (number | string)[]) {
  const token = manageToken(secret, reader)
  return {
    preferencesUrl: `${siteUrl}${localePath((reader.locale ?? 'en') as SiteLocale, '/email-preferences')}?token=${token}`,
    unsubscribeUrl: `${siteUrl}/api/subscriptions/unsubscribe?token=${token}&lists=${lists.join('.')}`,
  }
}
