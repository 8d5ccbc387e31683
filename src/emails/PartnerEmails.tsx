import { teamEmailWords } from '@/i18n/emailWords'

import { CampaignEmail, siteBase } from './CampaignEmail'
import { ButtonLink, LinkWrittenOut, Paragraph, TextLink } from './parts'

// The answers to a partner sign-up (src/endpoints/partners.ts). English, like the partner area; transactional,
// so the footer says why they came and has no unsubscribe link.

const words = teamEmailWords.partner
type Common = { name: string; siteUrl: string }

/** Sent when someone signs up as a partner: one link to confirm the address is theirs. */
export function ConfirmPartnerEmail({ name, siteUrl, confirmUrl }: Common & { confirmUrl: string }) {
  return (
    <CampaignEmail
      locale="en"
      siteUrl={siteUrl}
      footer={{ reason: words.confirm.reason }}
      title={words.confirm.subject}
      preheader={words.confirm.preheader}
      heading={words.confirm.heading}
    >
      <Paragraph>{words.hello(name)}</Paragraph>
      <Paragraph>{words.confirm.thanks}</Paragraph>
      <ButtonLink href={confirmUrl}>{words.confirm.button}</ButtonLink>
      <LinkWrittenOut url={confirmUrl} locale="en" />
      <Paragraph>{words.confirm.expires}</Paragraph>
    </CampaignEmail>
  )
}

/** Sent instead when the address already has an account, so sign-up never tells a stranger who is registered. */
export function AlreadyPartnerEmail({ name, siteUrl }: Common) {
  return (
    <CampaignEmail
      locale="en"
      siteUrl={siteUrl}
      footer={{ reason: words.already.reason }}
      title={words.already.subject}
      preheader={words.already.preheader}
      heading={words.already.heading}
    >
      <Paragraph>{words.hello(name)}</Paragraph>
      <Paragraph>{words.already.text}</Paragraph>
      <Paragraph>
        <TextLink href={`${siteBase(siteUrl)}/partners/sign-in`}>{words.already.signIn}</TextLink>
      </Paragraph>
      <Paragraph>{words.already.notYou}</Paragraph>
    </CampaignEmail>
  )
}
