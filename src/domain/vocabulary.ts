// The campaign's shared words: who content is for, where in Kent, how urgent. Plain data, no framework,
// so the collections, the public site, the seed and the checks all use the same lists and labels.

export type Labelled<T extends string> = Record<T, string>

export const kentDistricts = [
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
export type KentDistrict = (typeof kentDistricts)[number]
export const districtLabels: Labelled<KentDistrict> = {
  ashford: 'Ashford',
  canterbury: 'Canterbury',
  dartford: 'Dartford',
  dover: 'Dover',
  'folkestone-and-hythe': 'Folkestone and Hythe',
  gravesham: 'Gravesham',
  maidstone: 'Maidstone',
  sevenoaks: 'Sevenoaks',
  swale: 'Swale',
  thanet: 'Thanet',
  'tonbridge-and-malling': 'Tonbridge and Malling',
  'tunbridge-wells': 'Tunbridge Wells',
}

export const audiences = [
  'all-parents',
  'mums',
  'dads-and-co-parents',
  'pregnancy',
  'baby-under-two',
  'professionals',
] as const
export type Audience = (typeof audiences)[number]
export const audienceLabels: Labelled<Audience> = {
  'all-parents': 'All parents and carers',
  mums: 'Mums',
  'dads-and-co-parents': 'Dads and co-parents',
  pregnancy: 'During pregnancy',
  'baby-under-two': 'Parents of a baby under two',
  professionals: 'Professionals',
}

/** The Thrive framework's levels of need, as the strategy uses them. */
export const needLevels = ['coping', 'getting-help', 'getting-more-help', 'getting-risk-support'] as const
export type NeedLevel = (typeof needLevels)[number]
export const needLevelLabels: Labelled<NeedLevel> = {
  coping: 'Coping',
  'getting-help': 'Getting help',
  'getting-more-help': 'Getting more help',
  'getting-risk-support': 'Getting risk support',
}

export const supportKinds = ['perinatal-mental-health', 'parent-infant-relationships'] as const
export type SupportKind = (typeof supportKinds)[number]
export const supportKindLabels: Labelled<SupportKind> = {
  'perinatal-mental-health': 'Mental health in pregnancy and after birth',
  'parent-infant-relationships': 'Bonding and parent-baby relationships',
}

export const sectors = ['nhs', 'local-authority', 'voluntary-and-community', 'private'] as const
export type Sector = (typeof sectors)[number]
export const sectorLabels: Labelled<Sector> = {
  nhs: 'NHS',
  'local-authority': 'Local authority',
  'voluntary-and-community': 'Voluntary and community',
  private: 'Private',
}

export const costs = ['free', 'low-cost', 'paid-with-bursaries'] as const
export type Cost = (typeof costs)[number]
export const costLabels: Labelled<Cost> = {
  free: 'Free',
  'low-cost': 'Low cost',
  'paid-with-bursaries': 'Paid, with bursaries for families who need them',
}

export const deliveryModes = ['online', 'in-person', 'phone'] as const
export type DeliveryMode = (typeof deliveryModes)[number]
export const deliveryLabels: Labelled<DeliveryMode> = {
  online: 'Online',
  'in-person': 'In person',
  phone: 'By phone',
}

export const urgencies = ['non-urgent', 'urgent', 'emergency'] as const
export type Urgency = (typeof urgencies)[number]
export const urgencyLabels: Labelled<Urgency> = {
  'non-urgent': 'Non-urgent',
  urgent: 'Urgent',
  emergency: 'Emergency',
}

export const topicFlags = ['suicide-or-self-harm', 'birth-trauma', 'baby-loss', 'psychosis'] as const
export type TopicFlag = (typeof topicFlags)[number]
export const topicFlagLabels: Labelled<TopicFlag> = {
  'suicide-or-self-harm': 'Suicide or self-harm',
  'birth-trauma': 'Birth trauma',
  'baby-loss': 'Baby loss',
  psychosis: 'Psychosis',
}

/** Select options for Payload (and any form) from a labelled list. */
export function optionsOf<T extends string>(labels: Labelled<T>): { label: string; value: T }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ label: labels[value], value }))
}
