import { Img, Text } from '@react-email/components'

import { emailWordsFor } from '@/i18n/emailWords'
import { wordsFor } from '@/i18n/siteWords'

import { CampaignEmail } from './CampaignEmail'
import { ButtonLink, byUrgency, CareCard, Paragraphs, SectionHeading, SupportBlock } from './parts'
import { cls, styles } from './theme'
import type { TemplateDefinition, TemplateProps } from './types'

// The widest the card's column gets (600px less the gutters); images are sized to it so Outlook, which reads
// the width attribute and not CSS, does not blow the layout open.
const columnWidth = 520

/**
 * The weekly message: its title, key message and email text, a link to read it all on the site, then the
 * support block when the message touches on suicide or self-harm, and the message's care cards.
 */
export const messageOfTheWeek: TemplateDefinition<'message-of-the-week'> = {
  subject: ({ message }) => message.title,
  preheader: ({ message }) => message.keyMessage,
  Email: ({ locale, siteUrl, footer, subject, preheader, message, signposts, supportBlock, inEnglish }) => {
    const words = emailWordsFor(locale).message
    // The message itself may not be translated yet; the frame, care cards and support block always are.
    const shownInEnglish = Boolean(inEnglish) && locale !== 'en'
    const lang = shownInEnglish ? 'en' : undefined
    return (
      <CampaignEmail
        locale={locale}
        siteUrl={siteUrl}
        footer={footer}
        title={subject}
        preheader={preheader}
        heading={message.title}
        contentLang={shownInEnglish ? 'en' : undefined}
      >
        {shownInEnglish && (
          <Text className={cls.soft} style={{ ...styles.small, fontStyle: 'italic', margin: '0 0 14px' }}>
            {words.inEnglishNote}
          </Text>
        )}
        <div lang={lang}>
          {message.image && <MessageImage image={message.image} />}
          <Text className={cls.soft} style={styles.lead}>
            {message.keyMessage}
          </Text>
          <Paragraphs text={message.emailBlock} />
        </div>
        <ButtonLink href={message.url}>{shownInEnglish ? words.readMoreInEnglish : words.readMore}</ButtonLink>
        {supportBlock && <SupportBlock services={supportBlock.services} locale={locale} />}
        {signposts.length > 0 && (
          <>
            <SectionHeading>{wordsFor(locale).message.whenToGetHelp}</SectionHeading>
            {byUrgency(signposts).map((signpost, index) => (
              <CareCard key={index} signpost={signpost} locale={locale} />
            ))}
          </>
        )}
      </CampaignEmail>
    )
  },
}

type Image = NonNullable<TemplateProps['message-of-the-week']['message']['image']>

function MessageImage({ image }: { image: Image }) {
  const width = Math.min(image.width, columnWidth)
  const height = Math.round((image.height * width) / image.width)
  return (
    <Img
      src={image.src}
      alt={image.alt}
      width={width}
      height={height}
      style={{ width: '100%', maxWidth: `${width}px`, height: 'auto', borderRadius: '10px', margin: '0 0 16px' }}
    />
  )
}
