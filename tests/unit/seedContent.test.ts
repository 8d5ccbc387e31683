import { describe, expect, it } from 'vitest'

import { kentDistricts } from '@/domain/vocabulary'
import { generalRoutes } from '@/seed/content/generalRoutes'
import { messages } from '@/seed/content/messages'
import { services } from '@/seed/content/services'
import { themes } from '@/seed/content/themes'

const allServices = [...generalRoutes, ...services]
const serviceSlugs = new Set(allServices.map((service) => service.slug))
const themeSlugs = new Set(themes.map((theme) => theme.slug))

/** Every text a seed item carries, for checks that look across all of it. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(textsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf)
  return []
}

describe('starter content from the strategy', () => {
  it('lists every service of the strategy\'s Appendix 3', () => {
    expect(services.map((service) => service.name)).toEqual(
      expect.arrayContaining([
        'Baby Umbrella',
        'Dads Space',
        'Dads Unlimited',
        'Families by the Sea CIC',
        'Family Partnership Programme',
        'Home-Start',
        'Perinatal Mental Health Helpline',
        'Singing Mamas',
        'Specialist Community Perinatal Mental Health Service',
        'Thrive',
        'Women\'s Health Counselling Service',
      ]),
    )
    expect(services).toHaveLength(14)
  })

  it('has the six campaign themes', () => {
    expect([...themeSlugs].sort()).toEqual(
      ['asking-for-help-is-safe', 'birth-trauma', 'bonding', 'dads-and-co-parents', 'intrusive-thoughts', 'when-to-seek-help'],
    )
  })

  it('links messages only to themes and services that exist', () => {
    for (const message of messages) {
      for (const theme of message.themes) expect(themeSlugs, `${message.slug} theme ${theme}`).toContain(theme)
      for (const signpost of message.signposts)
        expect(serviceSlugs, `${message.slug} signpost ${signpost.route}`).toContain(signpost.route)
    }
  })

  it('never carries an invented phone number: only the national 999 and 111 appear', () => {
    const text = [...allServices, ...messages].flatMap(textsOf).join('\n')
    expect(text.match(/\d[\d ]{5,}\d/g) ?? []).toEqual([])
    const dialled = [...text.matchAll(/\b(?:call|ring|phone|text|dial)\s+(\d{3}(?:[\d ]*\d)?)/gi)].map((match) => match[1])
    expect(dialled.length).toBeGreaterThan(0)
    for (const number of dialled) expect(['999', '111']).toContain(number)
  })

  it('gives every service a way in and at least one district of Kent', () => {
    for (const service of allServices) {
      expect(service.howToContact.trim(), service.slug).not.toBe('')
      expect(service.districts.length, service.slug).toBeGreaterThan(0)
      for (const district of service.districts) expect(kentDistricts).toContain(district)
    }
  })

  it('cites a source for every message and signposts help in each', () => {
    for (const message of messages) {
      expect(message.sources.length, message.slug).toBeGreaterThan(0)
      expect(message.signposts.length, message.slug).toBeGreaterThan(0)
    }
  })

  it('treats postpartum psychosis as an emergency', () => {
    const psychosis = messages.find((message) => /psychosis/i.test(message.title))
    expect(psychosis?.signposts.some((signpost) => signpost.urgency === 'emergency' && signpost.route === 'emergency-999')).toBe(true)
  })

  it('has no placeholder text', () => {
    const all = [...allServices, ...messages, ...themes].flatMap(textsOf).join(' ')
    expect(all).not.toMatch(/lorem|ipsum|TODO|TBC|xxx/i)
  })
})
