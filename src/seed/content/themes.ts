import type { ThemeSeed } from './types'

// Campaign themes drawn from the strategy "Nurturing Little Hearts and Minds" (Kent 2024-2029), in our own words.

export const themes: ThemeSeed[] = [
  {
    slug: 'intrusive-thoughts',
    title: 'Intrusive thoughts are common',
    summary:
      'Lots of new parents get sudden, scary thoughts they do not want. They are common, they are not your fault, and you can talk about them.',
  },
  {
    slug: 'when-to-seek-help',
    title: 'When and where to get help',
    summary:
      'Some ups and downs are normal with a new baby. If hard feelings last or get worse, there is help, and it is never too early to ask.',
  },
  {
    slug: 'dads-and-co-parents',
    title: 'Dads and co-parents',
    summary:
      'Dads and co-parents can struggle with how they feel too. Your feelings matter, and there is support for you.',
  },
  {
    slug: 'bonding',
    title: 'Bonding with your baby',
    summary:
      'Feeling close to your baby can take time. Warm, caring moments help your bond grow, and help is there if you are worried.',
  },
  {
    slug: 'birth-trauma',
    title: 'Birth trauma',
    summary:
      'A frightening or difficult birth can stay with you. It is OK to talk about it, and support is there.',
  },
  {
    slug: 'asking-for-help-is-safe',
    title: 'Asking for help is safe',
    summary:
      'Telling someone you are struggling is part of caring for your baby. Midwives, health visitors and GPs are there to help your family.',
  },
]
