import { Button, Link, Text } from '@react-email/components'

import { button, CampaignEmail, paragraph } from './CampaignEmail'

type Common = { name: string; siteUrl: string }

/** Sent when someone signs up as a partner: one link to confirm the address is theirs. */
export function ConfirmPartnerEmail({ name, siteUrl, confirmUrl }: Common & { confirmUrl: string }) {
  return (
    <CampaignEmail preview="Confirm your email to use the campaign materials" heading="Confirm your email" siteUrl={siteUrl}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        Thank you for signing up to use the campaign materials with the parents and carers you work with. Please confirm this
        is your email address:
      </Text>
      <Button href={confirmUrl} style={button}>
        Confirm my email
      </Button>
      <Text style={paragraph}>The link works for two days. If you did not sign up, you can ignore this email: nothing happens.</Text>
    </CampaignEmail>
  )
}

/** Sent instead when the address already has an account, so sign-up never tells a stranger who is registered. */
export function AlreadyPartnerEmail({ name, siteUrl }: Common) {
  return (
    <CampaignEmail preview="You already have an account" heading="You already have an account" siteUrl={siteUrl}>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        Someone, probably you, tried to sign up with this email address, but it already has an account.{' '}
        <Link href={`${siteUrl}/partners/sign-in`}>Sign in here</Link>. If it was not you, you can ignore this email.
      </Text>
    </CampaignEmail>
  )
}
