import { Body, Container, Head, Heading, Html, Link, Preview, Text } from '@react-email/components'
import type React from 'react'

import { emailWordsFor } from '@/i18n/emailWords'
import { localePath, type SiteLocale } from '@/i18n/siteWords'

import { Panel } from './parts'
import { cls, emailStyleBlocks, font, light, styles } from './theme'
import type { EmailFooter } from './types'

// The frame every campaign email shares: the campaign's name at the top, one fluid column that reads on a
// 320px phone, calm colours with a dark scheme, and a footer that says who sends it, why, how to change or stop
// it, and where help is, in the same place in every email (consistent help).

type Props = {
  /** The language of the email: its lang attribute and the frame's words. */
  locale: SiteLocale
  siteUrl: string
  footer: EmailFooter
  /** The subject, which is also the document's title. */
  title: string
  preheader: string
  heading: string
  /** When the heading and preheader are in another language than the email (a message not yet translated). */
  contentLang?: SiteLocale
  children: React.ReactNode
}

export function CampaignEmail({ locale, siteUrl, footer, title, preheader, heading, contentLang, children }: Props) {
  const words = emailWordsFor(locale)
  const otherLang = contentLang && contentLang !== locale ? contentLang : undefined
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{title}</title>
        {Object.entries(emailStyleBlocks).map(([name, css]) => (
          <style key={name} dangerouslySetInnerHTML={{ __html: css }} />
        ))}
      </Head>
      <Preview lang={otherLang}>{preheader}</Preview>
      <Body className={cls.body} style={{ backgroundColor: light.paper, margin: 0, padding: 0 }}>
        <Container className={cls.page} style={{ maxWidth: '600px', width: '100%', backgroundColor: light.paper, fontFamily: font, color: light.ink }}>
          <Panel style={{ padding: '20px 12px 10px' }}>
            <Text className={cls.accent} style={{ color: light.plum, fontSize: '17px', lineHeight: '1.4', fontWeight: 700, margin: 0 }}>
              {words.campaignName}
            </Text>
          </Panel>
          <Panel style={{ padding: '0 8px' }}>
            <Panel
              className={cls.card}
              style={{ backgroundColor: light.card, border: `1px solid ${light.line}`, borderRadius: '12px', padding: '22px 16px 10px' }}
            >
              <Heading as="h1" lang={otherLang} className={cls.accent} style={styles.h1}>
                {heading}
              </Heading>
              {children}
            </Panel>
          </Panel>
          <Footer locale={locale} siteUrl={siteUrl} footer={footer} />
        </Container>
      </Body>
    </Html>
  )
}

function Footer({ locale, siteUrl, footer }: { locale: SiteLocale; siteUrl: string; footer: EmailFooter }) {
  const words = emailWordsFor(locale).footer
  const small = { ...styles.small, margin: '0 0 12px' }
  const link = { ...styles.link, fontWeight: 700 }
  return (
    <Panel className="nl-footer" style={{ padding: '22px 16px 28px' }}>
      <Text className={cls.ink} style={{ ...styles.paragraph, fontWeight: 700, margin: '0 0 4px' }}>
        {words.helpNow}
      </Text>
      <Text style={{ ...styles.paragraph, margin: '0 0 22px' }}>
        <Link href={getHelpUrl(siteUrl, locale)} className={cls.link} style={link}>
          {words.helpLink}
        </Link>
      </Text>
      <Text className={cls.soft} style={small}>
        {words.sender}
      </Text>
      <Text className={cls.soft} style={small}>
        {footer.reason}
      </Text>
      {footer.howToStop && (
        <Text className={cls.soft} style={small}>
          {footer.howToStop}
        </Text>
      )}
      {footer.preferencesUrl && (
        <Text className={cls.soft} style={small}>
          <Link href={footer.preferencesUrl} className={cls.link} style={styles.link}>
            {words.preferences}
          </Link>
        </Text>
      )}
      {footer.unsubscribeUrl && (
        <Text className={cls.soft} style={small}>
          <Link href={footer.unsubscribeUrl} className={cls.link} style={styles.link}>
            {words.unsubscribe}
          </Link>
        </Text>
      )}
    </Panel>
  )
}

/** The site's address without a trailing slash, so paths can be joined onto it. */
export const siteBase = (siteUrl: string) => siteUrl.replace(/\/+$/, '')

/** The get-help page in the reader's language: /get-help in English, /pl/get-help in Polish. */
export const getHelpUrl = (siteUrl: string, locale: SiteLocale) => `${siteBase(siteUrl)}${localePath(locale, '/get-help')}`
