import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import type React from 'react'

// The frame every campaign email shares: the campaign's name, calm colours with AA contrast, one column that
// reads on a phone, and the way to help at the foot of every message.

const colours = { ink: '#2b2320', soft: '#5a4d47', paper: '#fdf8f3', plum: '#7a3e6c', card: '#ffffff' }

type Props = { preview: string; heading: string; siteUrl: string; children: React.ReactNode }

export function CampaignEmail({ preview, heading, siteUrl, children }: Props) {
  return (
    <Html lang="en" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colours.paper, color: colours.ink, fontFamily: 'Arial, Helvetica, sans-serif', margin: 0 }}>
        <Container style={{ maxWidth: '560px', padding: '24px 16px' }}>
          <Text style={{ fontWeight: 700, fontSize: '16px', margin: '0 0 16px' }}>Nurturing Little Hearts and Minds</Text>
          <Section style={{ backgroundColor: colours.card, borderRadius: '12px', padding: '20px 24px' }}>
            <Heading as="h1" style={{ color: colours.plum, fontSize: '24px', lineHeight: '1.3', margin: '0 0 12px' }}>
              {heading}
            </Heading>
            {children}
          </Section>
          <Hr style={{ borderColor: '#eadfd6', margin: '24px 0 12px' }} />
          <Text style={{ color: colours.soft, fontSize: '14px', lineHeight: '1.5' }}>
            If you or a parent you support needs help now, see{' '}
            <Link href={`${siteUrl}/get-help`} style={{ color: colours.plum }}>
              how to get help now
            </Link>
            .
          </Text>
        </Container>
      </Body>
    </Html>
  )
}

export const paragraph = { fontSize: '16px', lineHeight: '1.55', margin: '0 0 14px' }
export const button = {
  backgroundColor: colours.plum,
  color: '#ffffff',
  borderRadius: '999px',
  padding: '12px 20px',
  fontWeight: 700,
  textDecoration: 'none',
  display: 'inline-block',
}
