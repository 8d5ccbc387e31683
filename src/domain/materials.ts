// What the partner library holds, in the words baby-group leaders and family-hub staff use. Plain data, no
// framework: the collections, the library pages and the kit README all read these.

import type { Labelled } from './vocabulary'

export const materialTypes = ['poster', 'leaflet', 'social-image', 'talking-points', 'email-copy', 'video-captions', 'other'] as const
export type MaterialType = (typeof materialTypes)[number]
export const materialTypeLabels: Labelled<MaterialType> = {
  poster: 'Poster',
  leaflet: 'Leaflet',
  'social-image': 'Social media image',
  'talking-points': 'Talking points',
  'email-copy': 'Words for an email or newsletter',
  'video-captions': 'Video caption file',
  other: 'Other',
}

/** Versions for people who need another format; each links back to its standard version. */
export const accessibleFormats = ['standard', 'easy-read', 'large-print', 'audio', 'bsl-video'] as const
export type AccessibleFormat = (typeof accessibleFormats)[number]
export const accessibleFormatLabels: Labelled<AccessibleFormat> = {
  standard: 'Standard',
  'easy-read': 'Easy read',
  'large-print': 'Large print',
  audio: 'Audio',
  'bsl-video': 'British Sign Language video',
}

/** Who may download a material: everyone, signed-in partners, or only partners an admin names. */
export const accessLevels = ['public', 'partners', 'restricted'] as const
export type AccessLevel = (typeof accessLevels)[number]
export const accessLevelLabels: Labelled<AccessLevel> = {
  public: 'Everyone',
  partners: 'Signed-in partners',
  restricted: 'Only the partners named below',
}

export const organisationKinds = ['baby-group', 'family-hub', 'health', 'voluntary', 'other'] as const
export type OrganisationKind = (typeof organisationKinds)[number]
export const organisationKindLabels: Labelled<OrganisationKind> = {
  'baby-group': 'Baby or toddler group',
  'family-hub': 'Family hub or children’s centre',
  health: 'NHS or health service',
  voluntary: 'Charity or community group',
  other: 'Other',
}

/** File types the library accepts, by what the file really is (its first bytes), not by its name. */
export const materialMimeTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/plain',
  'text/vtt',
  'audio/mpeg',
  'video/mp4',
] as const
