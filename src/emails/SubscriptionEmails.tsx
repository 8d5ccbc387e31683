import { emailWordsFor } from '@/i18n/emailWords'

import { CampaignEmail } from './CampaignEmail'
import { ButtonLink, LinkWrittenOut, Paragraph } from './parts'
import { cls, styles } from './theme'
import type { TemplateDefinition } from './types'

// The two answers to a sign-up. Both are transactional: no unsubscribe link, as the person is not on a list yet
// (or already chose what they get). The second is sent instead of the first when the address is already
// subscribed, so the form never tells a stranger who is on the list.

/** "Please confirm your email": one button to start the emails, with the link written out below it. */
export const subscriptionConfirm: TemplateDefinition<'subscription-confirm'> = {
  subject: ({ locale }) => emailWordsFor(locale).subscriptionConfirm.subject,
  preheader: ({ locale }) => emailWordsFor(locale).subscriptionConfirm.preheader,
  Email: ({ locale, siteUrl, footer, subject, preheader, lists, confirmUrl, expiresInDays }) => {
    const words = emailWordsFor(locale).subscriptionConfirm
    return (
      <CampaignEmail locale={locale} siteUrl={siteUrl} footer={footer} title={subject} preheader={preheader} heading={words.heading}>
        {lists.length > 0 && (
          <>
            <Paragraph>{words.youAsked}</Paragraph>
            <ul className={cls.ink} style={styles.list}>
              {lists.map((list) => (
                <li key={list}>{list}</li>
              ))}
            </ul>
          </>
        )}
        <Paragraph>{words.confirm}</Paragraph>
        <ButtonLink href={confirmUrl}>{words.button}</ButtonLink>
        <LinkWrittenOut url={confirmUrl} locale={locale} />
        <Paragraph>
          {words.expires(expiresInDays)} {words.notYou}
        </Paragraph>
      </CampaignEmail>
    )
  },
}

/** "You already get our emails": nothing changed, and here is where to change what you get. */
export const subscriptionAlready: TemplateDefinition<'subscription-already'> = {
  subject: ({ locale }) => emailWordsFor(locale).subscriptionAlready.subject,
  preheader: ({ locale }) => emailWordsFor(locale).subscriptionAlready.preheader,
  Email: ({ locale, siteUrl, footer, subject, preheader, preferencesUrl }) => {
    const words = emailWordsFor(locale).subscriptionAlready
    return (
      <CampaignEmail locale={locale} siteUrl={siteUrl} footer={footer} title={subject} preheader={preheader} heading={words.heading}>
        <Paragraph>{words.text}</Paragraph>
        <Paragraph>{words.change}</Paragraph>
        <ButtonLink href={preferencesUrl}>{words.button}</ButtonLink>
        <Paragraph>{words.notYou}</Paragraph>
      </CampaignEmail>
    )
  },
}
