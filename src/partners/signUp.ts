// What a partner gives when they sign up, checked on the server. Plain data, no framework.

import { type OrganisationKind, organisationKinds } from '../domain/materials'
import { type KentDistrict, kentDistricts } from '../domain/vocabulary'
import { addressProblem, readEmailAddress } from '../mailing/address'

export type PartnerSignUp = {
  name: string
  organisation: string
  organisationKind: OrganisationKind
  jobRole: string
  district: KentDistrict
  venueName?: string
  email: string
  password: string
}

export type SignUpErrors = Partial<Record<keyof PartnerSignUp, string>>


export function readPartnerSignUp(form: Record<string, string | undefined>): { ok: true; value: PartnerSignUp } | { ok: false; errors: SignUpErrors } {
  const text = (key: string, max: number) => (form[key] ?? '').trim().slice(0, max + 1)
  const value = {
    name: text('name', 100),
    organisation: text('organisation', 200),
    organisationKind: text('organisationKind', 40) as OrganisationKind,
    jobRole: text('jobRole', 100),
    district: text('district', 40) as KentDistrict,
    venueName: text('venueName', 200) || undefined,
    email: text('email', 254).toLowerCase(),
    password: form.password ?? '',
  }
  const errors: SignUpErrors = {}
  if (!value.name) errors.name = 'Enter your name.'
  else if (value.name.length > 100) errors.name = 'Your name must be 100 characters or fewer.'
  if (!value.organisation) errors.organisation = 'Enter the name of your group or organisation.'
  if (!organisationKinds.includes(value.organisationKind)) errors.organisationKind = 'Choose what kind of organisation it is.'
  if (!value.jobRole) errors.jobRole = 'Say what you do there, for example "group leader".'
  if (!kentDistricts.includes(value.district)) errors.district = 'Choose the area of Kent you work in.'
  if (!readEmailAddress(value.email).ok) errors.email = addressProblem
  if (value.password.length < 12) errors.password = 'Choose a password of at least 12 characters.'
  else if (value.password.length > 200) errors.password = 'Your password must be 200 characters or fewer.'
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value }
}
