import type { Payload, RequestContext } from 'payload'

import type { MessageSeed, ThemeSeed } from './content/types'

type Id = number | string

/**
 * Starter materials for the partner library, made from the starter messages: talking points a group leader
 * can use in a one-minute conversation, with the words to post. One kit per theme gathers them.
 */
export async function seedMaterials(
  payload: Payload,
  input: { messages: MessageSeed[]; themes: ThemeSeed[]; themeIds: Record<string, Id>; siteUrl: string; context: RequestContext },
): Promise<number> {
  const made: { id: Id; themes: string[] }[] = []
  for (const message of input.messages) {
    const slug = `talking-points-${message.slug}`
    const existing = await payload.find({ collection: 'materials', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
    if (existing.docs[0]) {
      made.push({ id: existing.docs[0].id, themes: message.themes })
      continue
    }
    const messageId = (await payload.find({ collection: 'messages', where: { slug: { equals: message.slug } }, limit: 1, depth: 0, draft: true })).docs[0]?.id
    const text = talkingPoints(message, input.siteUrl)
    const created = await payload.create({
      collection: 'materials',
      context: input.context,
      data: {
        title: `Talking points: ${message.title}`,
        slug,
        summary: 'What to say in a one-minute conversation with a parent, and where to point them for help.',
        type: 'talking-points',
        themes: message.themes.map((theme) => input.themeIds[theme]).filter(Boolean) as number[],
        audiences: message.audiences,
        language: 'en',
        accessibleFormat: 'standard',
        messages: messageId === undefined ? [] : [messageId as number],
        postText: message.socialPost,
        hashtags: message.hashtags.join(' '),
        accessLevel: 'public',
      },
      file: { data: Buffer.from(text, 'utf8'), mimetype: 'text/plain', name: `${slug}.txt`, size: Buffer.byteLength(text) },
    })
    made.push({ id: created.id, themes: message.themes })
  }

  for (const theme of input.themes) {
    const items = made.filter((material) => material.themes.includes(theme.slug)).map((material) => material.id)
    const slug = `${theme.slug}-kit`
    if (items.length === 0) continue
    if ((await payload.find({ collection: 'kits', where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0]) continue
    await payload.create({
      collection: 'kits',
      context: input.context,
      data: {
        title: `${theme.title} kit`,
        slug,
        summary: theme.summary,
        theme: input.themeIds[theme.slug] as number,
        items: items as number[],
      },
    })
  }
  return made.length
}

/** The talking points file: plain text, short lines, the help route last so it is never cut off. */
export function talkingPoints(message: MessageSeed, siteUrl: string): string {
  return [
    message.title,
    '',
    message.keyMessage,
    '',
    'In a one-minute conversation you might say:',
    ...message.oneMinuteConversation.map((point) => `- ${point}`),
    '',
    `More on the campaign page: ${siteUrl}/messages/${message.slug}`,
    `Where to get help, any time: ${siteUrl}/get-help`,
    '',
  ].join('\r\n')
}
