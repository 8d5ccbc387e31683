// Moments in the campaign calendar that the strategy's themes fit, as yearly rules (see src/domain/dateRules.ts).
export type AwarenessDateSeed = { name: string; rule: string; durationDays: number; themes: string[]; notes: string }

export const awarenessDates: AwarenessDateSeed[] = [
  {
    name: 'Maternal Mental Health Awareness Week',
    rule: 'first Monday of May',
    durationDays: 7,
    themes: ['intrusive-thoughts', 'when-to-seek-help', 'asking-for-help-is-safe'],
    notes: 'The main moment for the campaign\'s core messages. Check the exact dates each year.',
  },
  {
    name: 'Infant Mental Health Awareness Week',
    rule: 'second Monday of June',
    durationDays: 7,
    themes: ['bonding'],
    notes: 'A moment for messages about bonding and parent-baby relationships. Check the exact dates each year.',
  },
  {
    name: "Father's Day",
    rule: 'third Sunday of June',
    durationDays: 1,
    themes: ['dads-and-co-parents'],
    notes: 'Lead into International Fathers\' Mental Health Day, the day after.',
  },
  {
    name: 'Baby Loss Awareness Week',
    rule: '9 October',
    durationDays: 7,
    themes: ['birth-trauma', 'when-to-seek-help'],
    notes: 'Handle with care: pause other upbeat content during this week.',
  },
  {
    name: 'World Mental Health Day',
    rule: '10 October',
    durationDays: 1,
    themes: ['asking-for-help-is-safe'],
    notes: 'A chance to reach parents through wider mental health coverage.',
  },
]
