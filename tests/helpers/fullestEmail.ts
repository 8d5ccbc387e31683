import { emailExample, exampleServices } from '@/emails/examples'
import { renderTemplate, type TemplateProps } from '@/emails/templates'
import type { SiteLocale } from '@/i18n/siteWords'

/**
 * The fullest message of the week, the hardest to lay out: an emergency card, the support block, and a long
 * address with no spaces that must wrap rather than push the page sideways.
 */
export async function fullestMessageEmail(locale: SiteLocale): Promise<string> {
  const props = emailExample('message-of-the-week', { locale }) as TemplateProps['message-of-the-week']
  const { html } = await renderTemplate('message-of-the-week', {
    ...props,
    signposts: [
      ...props.signposts,
      { urgency: 'emergency', when: 'Call 999 or go to A&E now if: you feel you might act on thoughts of suicide.', service: exampleServices.emergency },
    ],
    supportBlock: { services: [exampleServices.samaritans, exampleServices.nhs111, exampleServices.emergency] },
    message: { ...props.message, url: `${props.message.url}?utm_source=email&utm_medium=message-of-the-week&utm_campaign=intrusive-thoughts-are-common-2025` },
  })
  return html
}
