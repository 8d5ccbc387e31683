// The campaign's look for printed and shared materials, and the few words every card and poster carries.
// Colours are the site's own (src/app/(frontend)/styles.css); every text colour is checked against its
// background in code, so a palette change that hurts legibility fails loudly instead of printing.

import type { SiteLocale } from '../i18n/siteWords'

/** Who made the file, as PDF readers show it. */
export const campaignCreator = 'Nurturing Little Hearts and Minds'

export const palette = {
  ink: '#2b2320',
  paper: '#fdf8f3',
  plum: '#7a3e6c',
  white: '#ffffff',
} as const

export type Colour = (typeof palette)[keyof typeof palette]

/** WCAG AA for normal-size text. Materials are read at a distance or on small phones, so all text meets it. */
export const minimumContrast = 4.5

/** Red, green and blue, 0 to 255, from "#rrggbb" or "#rgb". */
export function parseHex(hex: string): [number, number, number] {
  const digits = hex.replace(/^#/, '')
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`"${hex}" is not a colour like #7a3e6c.`)
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as [number, number, number]
}

/** WCAG 2 relative luminance: how bright a colour looks, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [red, green, blue] = parseHex(hex).map((channel) => {
    const value = channel / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue
}

/** WCAG 2 contrast ratio between two colours, 1 (none) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a)
  return (lighter + 0.05) / (darker + 0.05)
}

/** Refuses a text colour that would be hard to read on its background. */
export function assertReadable(foreground: string, background: string, what: string): void {
  const ratio = contrastRatio(foreground, background)
  if (ratio < minimumContrast) {
    throw new Error(`${what}: ${foreground} on ${background} has contrast ${ratio.toFixed(2)}:1, below ${minimumContrast}:1.`)
  }
}

/** The fixed words on cards and posters, in each language the site speaks. */
export type MaterialWords = {
  /** BCP 47 tag for the PDF's language, so screen readers pronounce it right. */
  language: string
  /** The one thing every poster says, whatever the message. */
  helpLine: string
  scanToRead: string
  /** Starts the QR code's alternative text; the address it opens follows. */
  qrCodeOpens: string
  sessions: string
  photo: string
  /** Titles and summaries of generated materials in the library. */
  materialTitles: { card: string; poster: string; posterSummary: string; talkingPoints: string; talkingPointsSummary: string }
  /** The talking points file's own words around the points. */
  talkingPoints: { intro: string; more: string; help: string }
}

// Polish and Romanian were drafted by the team in plain words, using the site's own terms
// (src/i18n/siteWords.ts); like the site's words, a native speaker checks them before launch.
export const materialWords: Record<SiteLocale, MaterialWords> = {
  en: {
    language: 'en-GB',
    helpLine: 'If you are worried about how you feel, talk to your midwife, health visitor or GP.',
    scanToRead: 'Scan to read more',
    qrCodeOpens: 'QR code that opens',
    sessions: 'Sessions:',
    photo: 'Photo:',
    materialTitles: {
      card: 'Share card',
      poster: 'Poster',
      posterSummary: 'Print on A4. The QR code opens the message on the campaign site.',
      talkingPoints: 'Talking points',
      talkingPointsSummary: 'What to say in a one-minute conversation with a parent, and where to point them for help.',
    },
    talkingPoints: { intro: 'In a one-minute conversation you might say:', more: 'More on the campaign page:', help: 'Where to get help, any time:' },
  },
  pl: {
    language: 'pl-PL',
    helpLine: 'Jeśli martwisz się tym, jak się czujesz, porozmawiaj z położną, wizytatorką zdrowia lub lekarzem rodzinnym.',
    scanToRead: 'Zeskanuj, aby przeczytać więcej',
    qrCodeOpens: 'Kod QR, który otwiera',
    sessions: 'Spotkania:',
    photo: 'Zdjęcie:',
    materialTitles: {
      card: 'Grafika do udostępnienia',
      poster: 'Plakat',
      posterSummary: 'Do druku na A4. Kod QR otwiera wiadomość na stronie kampanii.',
      talkingPoints: 'Tematy do rozmowy',
      talkingPointsSummary: 'Co powiedzieć w jednominutowej rozmowie z rodzicem i gdzie skierować go po pomoc.',
    },
    talkingPoints: { intro: 'W jednominutowej rozmowie możesz powiedzieć:', more: 'Więcej na stronie kampanii:', help: 'Gdzie szukać pomocy, o każdej porze:' },
  },
  ro: {
    language: 'ro-RO',
    helpLine: 'Dacă te îngrijorează cum te simți, vorbește cu moașa, asistenta medicală sau medicul de familie.',
    scanToRead: 'Scanează pentru a citi mai mult',
    qrCodeOpens: 'Cod QR care deschide',
    sessions: 'Întâlniri:',
    photo: 'Fotografie:',
    materialTitles: {
      card: 'Imagine de distribuit',
      poster: 'Afiș',
      posterSummary: 'Se tipărește pe A4. Codul QR deschide mesajul pe site-ul campaniei.',
      talkingPoints: 'Idei de discuție',
      talkingPointsSummary: 'Ce să spui într-o discuție de un minut cu un părinte și unde să-l îndrumi pentru ajutor.',
    },
    talkingPoints: { intro: 'Într-o discuție de un minut poți spune:', more: 'Mai multe pe pagina campaniei:', help: 'Unde găsești ajutor, oricând:' },
  },
}
