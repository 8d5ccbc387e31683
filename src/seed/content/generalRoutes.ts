import type { ServiceSeed } from './types'

// The everyday routes to help that every signpost can point to, beside the specialist services of
// Appendix 3. Written in our own words; 999 and 111 are the national numbers, not local ones.

const everywhere = [
  'ashford',
  'canterbury',
  'dartford',
  'dover',
  'folkestone-and-hythe',
  'gravesham',
  'maidstone',
  'sevenoaks',
  'swale',
  'thanet',
  'tonbridge-and-malling',
  'tunbridge-wells',
] as const

export const generalRoutes: ServiceSeed[] = [
  {
    slug: 'gp-midwife-health-visitor',
    name: 'Your GP, midwife or health visitor',
    summary:
      'The people who already care for you and your baby. You can tell them how you are feeling at any appointment, or ask for one.',
    supports: ['perinatal-mental-health', 'parent-infant-relationships'],
    whoCanUse: 'Every parent and carer: mums, dads and co-parents.',
    acceptsDadsAndCoParents: true,
    districts: [...everywhere],
    areaAsListed: 'Everywhere in Kent',
    needLevels: ['coping', 'getting-help'],
    sector: 'nhs',
    cost: 'free',
    delivery: ['in-person', 'phone'],
    hours: '',
    howToContact: 'Ring your GP surgery, or ask your midwife or health visitor at your next visit.',
  },
  {
    slug: 'nhs-111',
    name: 'NHS 111',
    summary: 'Urgent advice when you are worried and it cannot wait for your GP, day or night.',
    supports: ['perinatal-mental-health'],
    whoCanUse: 'Anyone.',
    acceptsDadsAndCoParents: true,
    districts: [...everywhere],
    areaAsListed: 'National',
    needLevels: ['getting-help', 'getting-risk-support'],
    sector: 'nhs',
    cost: 'free',
    delivery: ['phone', 'online'],
    hours: '24 hours a day, every day',
    howToContact: 'Call 111, or use NHS 111 online.',
  },
  {
    slug: 'emergency-999',
    name: 'Emergency: 999 or A&E',
    summary: 'For an emergency, when you or someone else is in danger or very unwell right now.',
    supports: ['perinatal-mental-health'],
    whoCanUse: 'Anyone.',
    acceptsDadsAndCoParents: true,
    districts: [...everywhere],
    areaAsListed: 'National',
    needLevels: ['getting-risk-support'],
    sector: 'nhs',
    cost: 'free',
    delivery: ['phone', 'in-person'],
    hours: '24 hours a day, every day',
    howToContact: 'Call 999, or go to your nearest A&E.',
  },
]
