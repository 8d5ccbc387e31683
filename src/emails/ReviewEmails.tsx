import { Text } from '@react-email/components'

import { teamEmailWords } from '@/i18n/emailWords'

import { CampaignEmail } from './CampaignEmail'
import { ButtonLink, formatDate, Paragraph, Paragraphs, SectionHeading, TextLink } from './parts'
import { ItemCard, teamLocale } from './teamParts'
import { cls, light, styles } from './theme'
import type { TemplateDefinition } from './types'

// Emails to the campaign team about reviews: the regular check of published messages, and a request to review
// one before it goes out. English only; the links go to the CMS.

const reminder = teamEmailWords.reviewReminder
const request = teamEmailWords.reviewRequest

/** To a message's owner: the messages whose review date has come or is near, soonest first. */
export const reviewReminder: TemplateDefinition<'review-reminder'> = {
  subject: ({ messages }) => reminder.subject(messages.length),
  preheader: ({ messages }) => reminder.preheader(soonestFirst(messages)[0]?.title ?? ''),
  Email: ({ siteUrl, footer, subject, preheader, ownerName, messages }) => {
    const now = Date.now()
    return (
      <CampaignEmail locale={teamLocale} siteUrl={siteUrl} footer={footer} title={subject} preheader={preheader} heading={reminder.heading}>
        <Paragraph>{reminder.hello(ownerName)}</Paragraph>
        <Paragraph>{reminder.intro}</Paragraph>
        <SectionHeading>{reminder.dueHeading}</SectionHeading>
        {soonestFirst(messages).map((message) => {
          const date = formatDate(message.reviewBy, teamLocale)
          const overdue = new Date(message.reviewBy).getTime() < now
          return (
            <ItemCard key={message.adminUrl} heading={message.title}>
              <Text
                className={overdue ? cls.emergencyText : cls.soft}
                style={{ ...styles.small, fontSize: '15px', fontWeight: overdue ? 700 : 400, color: overdue ? light.emergency : light.soft }}
              >
                {overdue ? reminder.overdue(date) : reminder.dueBy(date)}
              </Text>
              <Paragraph>
                <TextLink href={message.adminUrl}>{reminder.open(message.title)}</TextLink>
              </Paragraph>
            </ItemCard>
          )
        })}
        <Paragraph>{reminder.services}</Paragraph>
      </CampaignEmail>
    )
  },
}

const soonestFirst = <T extends { reviewBy: string }>(messages: T[]) => [...messages].sort((a, b) => a.reviewBy.localeCompare(b.reviewBy))

/** To a reviewer: one message to check before it is approved, with the requester's note. */
export const reviewRequest: TemplateDefinition<'review-request'> = {
  subject: ({ message }) => request.subject(message.title),
  preheader: ({ requestedBy }) => request.preheader(requestedBy),
  Email: ({ siteUrl, footer, subject, preheader, reviewerName, message, requestedBy, note }) => (
    <CampaignEmail locale={teamLocale} siteUrl={siteUrl} footer={footer} title={subject} preheader={preheader} heading={request.heading}>
      <Paragraph>{request.hello(reviewerName)}</Paragraph>
      <Paragraph>{request.asked(requestedBy)}</Paragraph>
      <SectionHeading>{request.theMessage}</SectionHeading>
      <ItemCard heading={message.title}>
        <Text className={cls.soft} style={styles.lead}>
          {message.keyMessage}
        </Text>
      </ItemCard>
      {note?.trim() && (
        <>
          <SectionHeading>{request.note(requestedBy)}</SectionHeading>
          <Paragraphs text={note} />
        </>
      )}
      <ButtonLink href={message.adminUrl}>{request.button}</ButtonLink>
    </CampaignEmail>
  ),
}
