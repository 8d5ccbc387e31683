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

  const guide = await partnerGuide(payload, input)
  await seedKit(payload, input.context, {
    title: 'Kit for partner organisations',
    slug: 'partner-organisations-kit',
    summary: 'The conversation guide for practitioners, with the talking points for every live message.',
    items: [guide, ...made.map((material) => material.id)],
  })

  for (const theme of input.themes) {
    const items = made.filter((material) => material.themes.includes(theme.slug)).map((material) => material.id)
    if (items.length === 0) continue
    await seedKit(payload, input.context, { title: `${theme.title} kit`, slug: `${theme.slug}-kit`, summary: theme.summary, theme: input.themeIds[theme.slug], items })
  }
  return made.length + 1
}

type KitSeed = { title: string; slug: string; summary: string; theme?: Id; items: Id[] }

async function seedKit(payload: Payload, context: RequestContext, kit: KitSeed): Promise<void> {
  if ((await payload.find({ collection: 'kits', where: { slug: { equals: kit.slug } }, limit: 1, depth: 0 })).docs[0]) return
  await payload.create({
    collection: 'kits',
    context,
    data: { ...kit, theme: kit.theme as number | undefined, items: kit.items as number[] },
  })
}

/** For partner organisations only: every live message's conversation points in one guide for practitioners. */
async function partnerGuide(payload: Payload, input: { messages: MessageSeed[]; siteUrl: string; context: RequestContext }): Promise<Id> {
  const slug = 'conversation-guide-for-practitioners'
  const existing = await payload.find({ collection: 'materials', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return existing.docs[0].id
  const text = [
    'A one-minute conversation: a guide for practitioners',
    '',
    'Parents often wait to be asked. A short, kind question from someone they trust can be the moment they say how they feel.',
    '',
    ...input.messages.flatMap((message) => [message.title, ...message.oneMinuteConversation.map((point) => `- ${point}`), '']),
    `Where to point parents for help: ${input.siteUrl}/get-help`,
    '',
  ].join('\r\n')
  const created = await payload.create({
    collection: 'materials',
    context: input.context,
    data: {
      title: 'A one-minute conversation: guide for practitioners',
      slug,
      summary: 'What to say, and when to point a parent to help, for everyone who works with new parents.',
      type: 'talking-points',
      audiences: ['professionals'],
      language: 'en',
      accessibleFormat: 'standard',
      accessLevel: 'partners',
    },
    file: { data: Buffer.from(text, 'utf8'), mimetype: 'text/plain', name: `${slug}.txt`, size: Buffer.byteLength(text) },
  })
  return created.id
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
