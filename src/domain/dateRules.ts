// Yearly date rules for the campaign calendar: "10 October", "first Monday of May", "last Sunday of June".

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const ordinals = ['first', 'second', 'third', 'fourth', 'last']

export type DateRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth-weekday'; month: number; weekday: number; nth: number | 'last' }

export function parseDateRule(text: string): DateRule | undefined {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ')
  const fixed = words.match(/^(\d{1,2}) ([a-z]+)$/)
  if (fixed) {
    const month = months.indexOf(fixed[2])
    const day = Number(fixed[1])
    if (month < 0 || day < 1 || day > new Date(Date.UTC(2024, month + 1, 0)).getUTCDate()) return undefined
    return { kind: 'fixed', month, day }
  }
  const nth = words.match(/^([a-z]+) ([a-z]+) (?:of|in) ([a-z]+)$/)
  if (nth) {
    const ordinal = ordinals.indexOf(nth[1])
    const weekday = weekdays.indexOf(nth[2])
    const month = months.indexOf(nth[3])
    if (ordinal < 0 || weekday < 0 || month < 0) return undefined
    return { kind: 'nth-weekday', month, weekday, nth: ordinals[ordinal] === 'last' ? 'last' : ordinal + 1 }
  }
  return undefined
}

/** The date a rule falls on in a given year (UTC midnight). */
export function dateInYear(rule: DateRule, year: number): Date {
  if (rule.kind === 'fixed') return new Date(Date.UTC(year, rule.month, rule.day))
  if (rule.nth === 'last') {
    const last = new Date(Date.UTC(year, rule.month + 1, 0))
    const back = (last.getUTCDay() - rule.weekday + 7) % 7
    return new Date(Date.UTC(year, rule.month, last.getUTCDate() - back))
  }
  const first = new Date(Date.UTC(year, rule.month, 1))
  const forward = (rule.weekday - first.getUTCDay() + 7) % 7
  return new Date(Date.UTC(year, rule.month, 1 + forward + (rule.nth - 1) * 7))
}

export function describeDateRule(): string {
  return 'Use a day and month ("10 October") or a weekday in a month ("first Monday of May", "last Sunday of June").'
}
