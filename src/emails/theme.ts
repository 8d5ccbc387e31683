import type React from 'react'

// The campaign's calm colours for email, in a light and a dark scheme. Every text colour passes WCAG AA (4.5:1)
// on the backgrounds it sits on, in both schemes (measured: the lowest pair is urgent amber on white, 5.9:1).
// Colours are inline for the clients that drop <style>; the dark scheme can only come from <style>, so each
// coloured element also carries a class the dark rules override.

export const light = {
  ink: '#2b2320',
  soft: '#5a4d47',
  paper: '#fdf8f3',
  plum: '#7a3e6c',
  card: '#ffffff',
  line: '#eadfd6',
  onPlum: '#ffffff',
  support: '#f6eef3',
  emergency: '#a4161a',
  urgent: '#8a5a00',
  nonUrgent: '#3b6e8f',
}

export const dark: typeof light = {
  ink: '#f5eee8',
  soft: '#d6c8be',
  paper: '#1d1816',
  plum: '#e7b8da',
  card: '#2b2320',
  line: '#4a3f3a',
  onPlum: '#2b2320',
  support: '#33282f',
  emergency: '#ff9a9a',
  urgent: '#f0c27a',
  nonUrgent: '#9cc7e0',
}

/** Class names the dark-scheme rules hang on. */
export const cls = {
  body: 'nl-body',
  page: 'nl-page',
  card: 'nl-card',
  ink: 'nl-ink',
  soft: 'nl-soft',
  accent: 'nl-accent',
  link: 'nl-link',
  button: 'nl-button',
  line: 'nl-line',
  support: 'nl-support',
  careEmergency: 'nl-care--emergency',
  careUrgent: 'nl-care--urgent',
  careNonUrgent: 'nl-care--non-urgent',
  emergencyText: 'nl-emergency',
} as const

// Each rule's declarations for the dark scheme. !important because the light colours are inline styles.
const darkRules: [selector: string, declarations: string][] = [
  [`.${cls.body}, .${cls.page}`, `background-color: ${dark.paper} !important; color: ${dark.ink} !important;`],
  [`.${cls.card}`, `background-color: ${dark.card} !important; border-color: ${dark.line} !important;`],
  [`.${cls.ink}`, `color: ${dark.ink} !important;`],
  [`.${cls.soft}`, `color: ${dark.soft} !important;`],
  [`.${cls.accent}, .${cls.link}`, `color: ${dark.plum} !important;`],
  [`.${cls.button}`, `background-color: ${dark.plum} !important; color: ${dark.onPlum} !important;`],
  [`.${cls.line}`, `border-color: ${dark.line} !important;`],
  [`.${cls.support}`, `background-color: ${dark.support} !important; border-color: ${dark.plum} !important;`],
  [`.${cls.careEmergency}`, `border-color: ${dark.emergency} !important;`],
  [`.${cls.careUrgent}`, `border-color: ${dark.line} !important; border-left-color: ${dark.urgent} !important;`],
  [`.${cls.careNonUrgent}`, `border-color: ${dark.line} !important; border-left-color: ${dark.nonUrgent} !important;`],
  [`.${cls.emergencyText}`, `color: ${dark.emergency} !important;`],
]

const rulesFor = (...prefixes: string[]) =>
  darkRules
    .map(([selector, body]) => {
      const selectors = selector.split(', ').flatMap((one) => prefixes.map((prefix) => prefix + one))
      return `${selectors.join(', ')} { ${body} }`
    })
    .join('\n')

/**
 * The stylesheets every email carries, each in a <style> block of its own: Gmail throws away a whole block when
 * one rule in it is something it does not take (attribute selectors, :root), and many programs drop every
 * block. So nothing here is needed to read an email (colours, sizes, wrapping and the 600px column are inline,
 * tested with every block removed): these only add to it.
 * - wrapping: long words and links wrap, images shrink to the column, on a 320px phone;
 * - dark: the dark scheme for programs that honour prefers-color-scheme (Apple Mail, iOS, Outlook for Mac);
 * - outlookDark: the same for Outlook.com, which marks its dark mode with [data-ogsc]/[data-ogsb];
 * - colourScheme: tells programs the email has a dark scheme of its own. Gmail ignores the last three and
 *   darkens colours itself.
 */
export const emailStyleBlocks = {
  wrapping: [
    `.${cls.body} { margin: 0; padding: 0; width: 100% !important; -webkit-text-size-adjust: 100%; color: ${light.ink}; }`,
    `.${cls.page} p, .${cls.page} h1, .${cls.page} h2, .${cls.page} h3, .${cls.page} li, .${cls.page} a { overflow-wrap: anywhere; word-break: break-word; }`,
    `.${cls.page} img { max-width: 100% !important; height: auto !important; }`,
  ].join('\n'),
  dark: `@media (prefers-color-scheme: dark) {\n${rulesFor('')}\n}`,
  outlookDark: rulesFor('[data-ogsc] ', '[data-ogsb] '),
  colourScheme: ':root { color-scheme: light dark; supported-color-schemes: light dark; }',
}

export const font = 'Arial, Helvetica, sans-serif'

// Inline styles shared by the templates. overflowWrap keeps long URLs and Polish or Romanian compounds inside
// the 320px column in clients that drop <style>.
const wrap: React.CSSProperties = { overflowWrap: 'anywhere', wordBreak: 'break-word' }

export const styles = {
  paragraph: { ...wrap, color: light.ink, fontSize: '16px', lineHeight: '1.55', margin: '0 0 14px' },
  lead: { ...wrap, color: light.soft, fontSize: '18px', lineHeight: '1.5', margin: '0 0 16px' },
  small: { ...wrap, color: light.soft, fontSize: '14px', lineHeight: '1.5', margin: '0 0 10px' },
  h1: { ...wrap, color: light.plum, fontSize: '26px', lineHeight: '1.25', margin: '0 0 14px', fontWeight: 700 },
  h2: { ...wrap, color: light.plum, fontSize: '20px', lineHeight: '1.3', margin: '28px 0 10px', fontWeight: 700 },
  h3: { ...wrap, color: light.ink, fontSize: '17px', lineHeight: '1.3', margin: '0 0 6px', fontWeight: 700 },
  // Underlined: a link must not be told apart from the words around it by colour alone.
  link: { ...wrap, color: light.plum, textDecoration: 'underline', textDecorationLine: 'underline' },
  button: {
    backgroundColor: light.plum,
    color: light.onPlum,
    borderRadius: '999px',
    padding: '12px 22px',
    fontSize: '16px',
    fontWeight: 700,
    lineHeight: '1.3',
    textDecoration: 'none',
    display: 'inline-block',
    maxWidth: '100%',
    textAlign: 'center',
  },
  list: { ...wrap, color: light.ink, fontSize: '16px', lineHeight: '1.55', margin: '0 0 14px', paddingLeft: '22px' },
} satisfies Record<string, React.CSSProperties>
