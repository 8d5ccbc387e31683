import { Text } from '@react-email/components'

import { teamEmailWords } from '@/i18n/emailWords'

import { CampaignEmail, siteBase } from './CampaignEmail'
import { formatDate, Paragraph, SectionHeading, TextLink } from './parts'
import { ItemCard, teamLocale } from './teamParts'
import { cls, styles } from './theme'
import type { TemplateDefinition } from './types'

const words = teamEmailWords.partnerDigest

/** For partner organisations: the materials added and the campaign dates coming up since the last digest. */
export const partnerDigest: TemplateDefinition<'partner-digest'> = {
  subject: () => words.subject,
  preheader: ({ since, materials, moments }) => words.preheader(formatDate(since, teamLocale), materials.length, moments.length),
  Email: ({ siteUrl, footer, subject, preheader, since, materials, moments }) => (
    <CampaignEmail locale={teamLocale} siteUrl={siteUrl} footer={footer} title={subject} preheader={preheader} heading={words.heading}>
      <Text className={cls.soft} style={styles.lead}>
        {words.lead(formatDate(since, teamLocale))}
      </Text>
      <SectionHeading>{words.materials}</SectionHeading>
      {materials.length === 0 && <Paragraph>{words.noMaterials}</Paragraph>}
      {materials.map((material) => (
        <ItemCard key={material.url} eyebrow={material.kind} heading={<TextLink href={material.url}>{material.title}</TextLink>}>
          {material.summary && <Paragraph>{material.summary}</Paragraph>}
        </ItemCard>
      ))}
      <Paragraph>
        <TextLink href={`${siteBase(siteUrl)}/materials`}>{words.library}</TextLink>
      </Paragraph>
      <SectionHeading>{words.moments}</SectionHeading>
      {moments.length === 0 && <Paragraph>{words.noMoments}</Paragraph>}
      {[...moments]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((moment) => (
          <ItemCard key={`${moment.date} ${moment.name}`} eyebrow={formatDate(moment.date, teamLocale, { weekday: true })} heading={moment.name}>
            {moment.summary && <Paragraph>{moment.summary}</Paragraph>}
          </ItemCard>
        ))}
    </CampaignEmail>
  ),
}
