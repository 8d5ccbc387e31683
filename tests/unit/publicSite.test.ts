import { describe, expect, it } from 'vitest'

import { type FilterableService, matchesFilters, readFilters } from '@/domain/serviceFilters'
import { localePath, siteLocales, wordsFor } from '@/i18n/siteWords'
import { hasNotFoundMarker } from '@/site/statusMarker'
import { withoutScripts } from '@/site/withoutScripts'

describe('page addresses in each language', () => {
  it('gives English no prefix and every other language its own', () => {
    expect(localePath('en', '/services')).toBe('/services')
    expect(localePath('en', '/')).toBe('/')
    expect(localePath('pl', '/services')).toBe('/pl/services')
    expect(localePath('ro', '/')).toBe('/ro')
  })

  it('has every word of the site frame in every language, none left blank', () => {
    const leaves = (value: unknown, path = ''): [string, unknown][] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`)) : [[path, value]]
    for (const locale of siteLocales) {
      for (const [path, value] of leaves(wordsFor(locale))) {
        if (typeof value === 'function') expect(value('X', '01234').length, `${locale}${path}`).toBeGreaterThan(1)
        else expect(String(value).trim().length, `${locale}${path}`).toBeGreaterThan(0)
      }
    }
  })
})

describe('taking scripts out of a finished page', () => {
  it('removes script elements and script preloads, and keeps styles, fonts and content', () => {
    const html = [
      '<html><head><link rel="stylesheet" href="/a.css"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>',
      "<link rel='modulepreload' href='/m.js'>",
      '<link rel="preload" href="/font.woff2" as="font" crossorigin=""/>',
      '<script src="/_next/static/chunks/main.js" async=""></script></head>',
      '<body><h1>Help</h1><script>self.__next_f.push([1,"<p>copy</p>"])</script><p>Call 111</p>',
      '<SCRIPT type="module">\nalert(1)\n</SCRIPT ></body></html>',
    ].join('')
    const out = withoutScripts(html)
    expect(out).not.toMatch(/<script/i)
    expect(out).not.toContain('x.js')
    expect(out).not.toContain('/m.js')
    expect(out).toContain('<link rel="stylesheet" href="/a.css"/>')
    expect(out).toContain('/font.woff2')
    expect(out).toContain('<h1>Help</h1>')
    expect(out).toContain('<p>Call 111</p>')
  })

  it('recognises the not-found marker a page renders', () => {
    expect(hasNotFoundMarker('<head><meta name="campaign-status" content="404"/></head>')).toBe(true)
    expect(hasNotFoundMarker('<head><meta name="description" content="404 things"/></head>')).toBe(false)
  })
})

describe('the services directory filters', () => {
  const service = (overrides: Partial<FilterableService>): FilterableService => ({
    name: 'Dads Unlimited',
    summary: 'Peer support for fathers in Kent.',
    supports: ['perinatal-mental-health'],
    needLevels: ['coping', 'getting-help'],
    acceptsDadsAndCoParents: true,
    districts: ['maidstone', 'swale'],
    cost: 'free',
    delivery: ['online', 'in-person'],
    eveningsOrWeekends: true,
    languages: ['English', 'Polish'],
    ...overrides,
  })

  it('reads only the filters it knows, with values it knows, from the address bar', () => {
    expect(readFilters({ area: 'thanet', who: 'dads-and-co-parents', evil: '<script>', cost: 'priceless' })).toEqual({
      area: 'thanet',
      who: 'dads-and-co-parents',
      supports: undefined,
      need: undefined,
      cost: undefined,
      delivery: undefined,
      evenings: undefined,
      language: undefined,
      q: undefined,
    })
    expect(readFilters({ q: ['  helpline ', 'second'] }).q).toBe('helpline')
    expect(readFilters({ q: 'x'.repeat(500) }).q).toHaveLength(100)
  })

  it('keeps a service only when it matches every chosen filter', () => {
    const dads = service({})
    expect(matchesFilters(dads, {})).toBe(true)
    expect(matchesFilters(dads, { area: 'maidstone', who: 'dads-and-co-parents', evenings: 'yes' })).toBe(true)
    expect(matchesFilters(dads, { area: 'thanet' })).toBe(false)
    expect(matchesFilters(service({ acceptsDadsAndCoParents: false }), { who: 'dads-and-co-parents' })).toBe(false)
    expect(matchesFilters(dads, { cost: 'low-cost' })).toBe(false)
    expect(matchesFilters(dads, { delivery: 'phone' })).toBe(false)
    expect(matchesFilters(dads, { need: 'getting-risk-support' })).toBe(false)
    expect(matchesFilters(service({ eveningsOrWeekends: false }), { evenings: 'yes' })).toBe(false)
  })

  it('finds words anywhere in the name or summary, and languages by part of their name, ignoring case', () => {
    const dads = service({})
    expect(matchesFilters(dads, { q: 'PEER fathers' })).toBe(true)
    expect(matchesFilters(dads, { q: 'peer mothers' })).toBe(false)
    expect(matchesFilters(dads, { language: 'pol' })).toBe(true)
    expect(matchesFilters(dads, { language: 'Urdu' })).toBe(false)
  })
})
