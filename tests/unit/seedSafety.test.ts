import { describe, expect, it } from 'vitest'

import { checkText } from '@/content-safety/check'
import { messages } from '@/seed/content/messages'

const supportRoutes = ['perinatal-mental-health-helpline', 'nhs-111', 'emergency-999']

describe('the starter messages pass the campaign\'s own checks', () => {
  for (const message of messages) {
    it(`${message.slug} has no blocking finding`, async () => {
      const supportBlock = supportRoutes.every((route) => message.signposts.some((signpost) => signpost.route === route))
      const texts = [message.title, message.keyMessage, message.body.join('\n\n'), message.posterHeadline, message.posterStrapline, ...message.oneMinuteConversation]
      const blocks = []
      for (const text of texts) {
        const { findings } = await checkText(text, { audiences: message.audiences, topicFlags: message.topicFlags, supportBlock })
        blocks.push(...findings.filter((finding) => finding.severity === 'block').map((finding) => `${finding.rule}: ${finding.text}`))
      }
      const social = await checkText(`${message.socialPost} ${message.hashtags.join(' ')}`, { channel: 'x', audiences: message.audiences, topicFlags: message.topicFlags, supportBlock })
      blocks.push(...social.findings.filter((finding) => finding.severity === 'block').map((finding) => `${finding.rule}: ${finding.text}`))
      expect(blocks).toEqual([])
    })
  }
})
