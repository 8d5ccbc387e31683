import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StoredFinding } from '@/collections/Messages/hooks/checkContent'
import { richTextFromParagraphs } from '@/domain/richText'
import type { Message, User } from '@/payload-types'
import { generalRoutes } from '@/seed/content/generalRoutes'
import { services } from '@/seed/content/services'

import { createPeople, type People } from '../helpers/people'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let people: People
const serviceIds: Record<string, number> = {}

beforeAll(async () => {
  t = await startTestPayload()
  people = await createPeople(t.payload)
  for (const service of [...generalRoutes, ...services].filter((item) =>
    ['emergency-999', 'nhs-111', 'perinatal-mental-health-helpline'].includes(item.slug),
  )) {
    const { howToContact, ...rest } = service
    serviceIds[service.slug] = (await t.payload.create({ collection: 'services', data: { ...rest, contact: { howToContact } } })).id
  }
})
afterAll(async () => t?.close())

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 })
let n = 0

async function draftInReview(keyMessage: string, extra: Partial<Message> = {}): Promise<Message> {
  n += 1
  const draft = await t.payload.create({
    collection: 'messages',
    draft: true,
    ...as(people.editor),
    data: {
      title: `Checked message ${n}`,
      keyMessage,
      body: richTextFromParagraphs(['Talk to your GP, midwife or health visitor.']),
      audiences: ['all-parents'],
      ...extra,
    } as Message,
  })
  return t.payload.update({ collection: 'messages', id: draft.id, draft: true, ...as(people.editor), data: { workflow: { state: 'in_review' } } })
}

const save = (user: User, id: number, data: Record<string, unknown>) =>
  t.payload.update({ collection: 'messages', id, draft: true, ...as(user), data: data as Partial<Message> })

const findingsOf = (message: Message) => (message.safety?.findings ?? []) as StoredFinding[]

describe('content checks on every save', () => {
  it('stores each finding with its place, and refuses approval while a block stands', async () => {
    const message = await draftInReview("It's just the baby blues, so try not to worry.")
    const block = findingsOf(message).find((finding) => finding.rule === 'just-baby-blues')
    expect(block).toMatchObject({ severity: 'block', field: 'keyMessage', locale: 'en', text: 'just the baby blues' })
    await expect(save(people.reviewer, message.id, { workflow: { state: 'approved' } })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'safety.findings', message: expect.stringMatching(/just the baby blues.*delays help/) })] },
    })
    await save(people.editor, message.id, { keyMessage: 'Feeling weepy in the first days is common. If it lasts, get help.' })
    const approved = await save(people.reviewer, message.id, { workflow: { state: 'approved' } })
    expect(approved.workflow?.state).toBe('approved')
  })

  it('checks every channel rendition too, such as a social post too long for X', async () => {
    const message = await draftInReview('Help is there.', {
      renditions: { social: [{ platform: 'x', text: 'Help is there. '.repeat(30) }] },
    } as Partial<Message>)
    expect(findingsOf(message).find((finding) => finding.rule === 'too-long-for-channel')).toMatchObject({ field: 'renditions.social.0.text' })
  })

  it('needs the support block from the registry on suicide or self-harm content', async () => {
    const without = await draftInReview('If you have thoughts of suicide, you are not alone.')
    expect(findingsOf(without).find((finding) => finding.rule === 'support-block-missing')?.severity).toBe('block')
    const signposts = ['perinatal-mental-health-helpline', 'nhs-111', 'emergency-999'].map((slug, index) => ({
      service: serviceIds[slug],
      urgency: (['non-urgent', 'urgent', 'emergency'] as const)[index],
      when: 'Call now if: you feel you cannot keep yourself safe.',
    }))
    const withBlock = await save(people.editor, without.id, { signposts })
    expect(findingsOf(withBlock).some((finding) => finding.rule === 'support-block-missing')).toBe(false)
  })
})

describe('every locale', () => {
  it('keeps checking each language on every save, wherever the change was made', async () => {
    const message = await draftInReview('Some new mums suffer from anxiety.')
    const polish = await t.payload.update({
      collection: 'messages',
      id: message.id,
      draft: true,
      locale: 'pl',
      ...as(people.editor),
      data: {
        title: 'Niepokój po porodzie',
        keyMessage: 'Wielu rodziców czuje niepokój.',
        renditions: { ...message.renditions, social: [{ platform: 'x', text: 'Pomoc jest dostępna. '.repeat(20) }] },
      } as Partial<Message>,
    })
    const inPolish = findingsOf(polish).filter((finding) => finding.locale === 'pl')
    expect(inPolish.map((finding) => finding.rule)).toContain('too-long-for-channel')
    expect(findingsOf(polish).some((finding) => finding.locale === 'en' && finding.rule === 'suffers-from')).toBe(true)

    const english = await save(people.editor, message.id, { title: `Anxiety after birth ${n}` })
    expect(findingsOf(english).some((finding) => finding.locale === 'pl' && finding.rule === 'too-long-for-channel')).toBe(true)
  })
})

describe('accepting a warning', () => {
  it('lets only a reviewer accept a warning, with a justification; never a block; then approval goes ahead', async () => {
    const message = await draftInReview('One in five new mums now suffer with anxiety.')
    const everyWarning = findingsOf(message).filter((finding) => finding.severity === 'warn')
    // The key message's words recur in every rendition derived from it: one justification covers each.
    const warnings = everyWarning.filter((finding, index) => everyWarning.findIndex((other) => other.id === finding.id) === index)
    expect(warnings.map((finding) => finding.rule).sort()).toEqual(['mums-only', 'suffers-from'])
    expect(everyWarning.length).toBeGreaterThan(warnings.length)
    await expect(save(people.reviewer, message.id, { workflow: { state: 'approved' } })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'safety.accepted', message: expect.stringMatching(/2 warnings need a reviewer's justification/) })] },
    })

    const row = (finding: StoredFinding, justification = 'Quoting the survey as published; reviewed with the clinical lead.') => ({
      finding: finding.id,
      justification,
    })
    await expect(save(people.editor, message.id, { safety: { accepted: [row(warnings[0])] } })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'safety.accepted.0.finding', message: 'Only a reviewer can accept a warning.' })] },
    })
    await expect(
      save(people.editor, message.id, { safety: { accepted: [{ ...row(warnings[0]), acceptedBy: people.reviewer.id, acceptedAt: new Date().toISOString() }] } }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ message: 'Only a reviewer can accept a warning.' })] } })
    await expect(save(people.reviewer, message.id, { safety: { accepted: [row(warnings[0], ' ')] } })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: 'Say why this warning is acceptable here.' })] },
    })

    const accepted = await save(people.reviewer, message.id, { safety: { accepted: warnings.map((warning) => row(warning)) } })
    expect(accepted.safety?.accepted?.map((entry) => entry.acceptedBy)).toEqual([people.reviewer.id, people.reviewer.id])
    const approved = await save(people.reviewer2, message.id, { workflow: { state: 'approved' } })
    expect(approved.workflow?.state).toBe('approved')
  })

  it('refuses to accept a block', async () => {
    const message = await draftInReview('Just man up and talk to someone.')
    const block = findingsOf(message).find((finding) => finding.severity === 'block')!
    await expect(
      save(people.reviewer, message.id, { safety: { accepted: [{ finding: block.id, justification: 'It is a quote.' }] } }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: 'A blocking finding cannot be accepted: only changing the words clears it.' })] },
    })
  })
})
