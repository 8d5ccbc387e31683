// The campaign's mailing lists (strategy Action 1.2 for parents, Action 3.3 for the community of practice),
// and a first bulletin for the community of practice, left as a draft for a reviewer.

export type MailingListSeed = {
  slug: string
  name: string
  description: string
  audience: 'parents' | 'professionals'
  publicSignUp: boolean
}

export const mailingLists: MailingListSeed[] = [
  {
    slug: 'campaign-news',
    name: 'Campaign news for parents and carers',
    description: 'One short email a week at most: a message from the campaign and where to get help in Kent.',
    audience: 'parents',
    publicSignUp: true,
  },
  {
    slug: 'community-of-practice',
    name: 'Community of practice',
    description:
      'For anyone working with babies, parents and carers in Kent: training, networking events, resources and new research on perinatal mental health and parent-infant relationships. About once a month.',
    audience: 'professionals',
    publicSignUp: true,
  },
  {
    slug: 'partners',
    name: 'Campaign partners',
    description: 'For baby groups, family hubs and other partners: new campaign materials and the campaign moments coming up.',
    audience: 'professionals',
    publicSignUp: false,
  },
]

export const firstBulletin = {
  title: 'Community of practice: first bulletin',
  heading: 'Welcome to the perinatal mental health community of practice',
  body: [
    'This community is open to anyone in Kent who works with babies, parents and carers. It is about perinatal mental health and the relationship between parents and their babies.',
    'People across Kent told us they want more chances to meet, share what they know, and understand what each service offers. This bulletin is one way to do that. We will share training, networking events, national and local resources, and new research.',
    'Our campaign for parents and carers starts with two messages: intrusive thoughts are common, and asking for help is safe. Campaign materials for your group or hub are free to download.',
    'If you have training, an event or a resource to share, reply to this email and tell us.',
  ].join('\n\n'),
}
