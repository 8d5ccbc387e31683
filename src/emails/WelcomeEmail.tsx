import { Heading, Text } from '@react-email/components'

import { emailWordsFor } from '@/i18n/emailWords'

import { CampaignEmail, getHelpUrl } from './CampaignEmail'
import { Paragraph, SectionHeading, TextLink } from './parts'
import { cls, light, styles } from './theme'
import type { TemplateDefinition } from './types'

/**
 * Sent once the address is confirmed: what the person signed up for, and that help does not wait for an email.
 * The list descriptions come from the lists themselves, in the reader's language.
 */
export const welcome: TemplateDefinition<'welcome'> = {
  subject: ({ locale }) => emailWordsFor(locale).welcome.subject,
  preheader: ({ locale }) => emailWordsFor(locale).welcome.preheader,
  Email: ({ locale, siteUrl, footer, subject, preheader, lists, preferencesUrl }) => {
    const words = emailWordsFor(locale).welcome
    return (
      <CampaignEmail locale={locale} siteUrl={siteUrl} footer={footer} title={subject} preheader={preheader} heading={words.heading}>
        <Text className={cls.soft} style={styles.lead}>
          {words.lead}
        </Text>
        {lists.length > 0 && (
          <>
            <SectionHeading>{words.whatYouGet}</SectionHeading>
            {lists.map((list) => (
              <div key={list.name} style={{ borderLeft: `4px solid ${light.line}`, paddingLeft: '12px', margin: '0 0 14px' }} className={cls.line}>
                <Heading as="h3" className={cls.ink} style={styles.h3}>
                  {list.name}
                </Heading>
                <Text className={cls.ink} style={{ ...styles.paragraph, margin: 0 }}>
                  {list.description}
                </Text>
              </div>
            ))}
          </>
        )}
        <Paragraph>
          <TextLink href={preferencesUrl}>{words.change}</TextLink>
        </Paragraph>
        <SectionHeading>{words.helpHeading}</SectionHeading>
        <Paragraph>{words.helpText}</Paragraph>
        <Paragraph>
          <TextLink href={getHelpUrl(siteUrl, locale)}>{words.helpLink}</TextLink>
        </Paragraph>
      </CampaignEmail>
    )
  },
}
