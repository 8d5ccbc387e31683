import { teamEmailWords } from '@/i18n/emailWords'

import { CampaignEmail } from './CampaignEmail'
import { Paragraphs, paragraphsOf, SectionHeading, TextLink } from './parts'
import { teamLocale } from './teamParts'
import { cls, styles } from './theme'
import type { TemplateDefinition } from './types'

/** The preheader is the bulletin's opening, cut at a word so inbox previews do not end mid-word. */
export function openingOf(body: string, max = 120): string {
  const first = (paragraphsOf(body)[0] ?? '').replace(/\s+/g, ' ')
  if (first.length <= max) return first
  const cut = first.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.-]+$/, '')}…`
}

/** A bulletin to community partners: a heading, a few paragraphs and links to find out more. */
export const communityBulletin: TemplateDefinition<'community-bulletin'> = {
  subject: ({ heading }) => heading,
  preheader: ({ body }) => openingOf(body),
  Email: ({ siteUrl, footer, subject, preheader, heading, body, links }) => (
    <CampaignEmail locale={teamLocale} siteUrl={siteUrl} footer={footer} title={subject} preheader={preheader} heading={heading}>
      <Paragraphs text={body} />
      {links && links.length > 0 && (
        <>
          <SectionHeading>{teamEmailWords.bulletin.links}</SectionHeading>
          <ul className={cls.ink} style={styles.list}>
            {links.map((link) => (
              <li key={link.url} style={{ margin: '0 0 8px' }}>
                <TextLink href={link.url}>{link.label}</TextLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </CampaignEmail>
  ),
}
