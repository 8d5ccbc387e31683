import type { Metadata } from 'next'

import { organisationKindLabels } from '@/domain/materials'
import { districtLabels, optionsOf } from '@/domain/vocabulary'

import { FilterSelect } from '../../../FilterSelect'
import { readLocale } from '../../../locale'
import { pageMetadata } from '../../../metadata'
import { PageFrame } from '../../../PageFrame'

// Errors come back in the address from the form's POST, so this page is made per request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata({
    title: 'Sign up as a partner',
    description: 'For baby-group leaders and family-hub staff: sign up to use the campaign materials.',
    path: '/partners/join',
    locale: await readLocale(params),
  })
}

const messages: Record<string, string> = {
  name: 'Enter your name.',
  organisation: 'Enter the name of your group or organisation.',
  organisationKind: 'Choose what kind of organisation it is.',
  jobRole: 'Say what you do there, for example "group leader".',
  district: 'Choose the area of Kent you work in.',
  email: 'Enter an email address like name@example.org.',
  password: 'Choose a password of at least 12 characters.',
}

/** Sign-up for people who run baby groups and family hubs. A plain form: it works without JavaScript. */
export default async function JoinPage({ params, searchParams }: Props) {
  const locale = await readLocale(params)
  const query = await searchParams
  const errors = (query.errors ?? '').split(',').filter((field) => field in messages)
  const error = (field: string) =>
    errors.includes(field) ? (
      <span className="field-error" id={`${field}-error`}>
        {messages[field]}
      </span>
    ) : null
  const described = (field: string) => (errors.includes(field) ? `${field}-error` : undefined)
  return (
    <PageFrame locale={locale} path="/partners/join" inEnglish>
      <div lang="en">
        <h1>Sign up as a partner</h1>
        <p className="lead">
          For people who run baby groups, family hubs and other services for parents in Kent. Partners can download every
          material, including some made only for partner organisations.
        </p>
        {query.error === 'unsent' && (
          <p className="notice notice--alert" role="alert">
            We could not send you the email just now. Please try again in a few minutes.
          </p>
        )}
        {errors.length > 0 && (
          <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">Please check these</h2>
            <ul>
              {errors.map((field) => (
                <li key={field}>
                  <a href={`#${field}`}>{messages[field]}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form method="post" action="/api/partners/join" className="filters form-stack">
          <input type="hidden" name="locale" value={locale} />
          <TextField name="name" label="Your name" value={query.name} autoComplete="name" error={error('name')} describedBy={described('name')} />
          <TextField name="organisation" label="Group or organisation" value={query.organisation} autoComplete="organization" error={error('organisation')} describedBy={described('organisation')} />
          <FilterSelect name="organisationKind" label="What kind of organisation" any="Choose one" value={query.organisationKind} options={optionsOf(organisationKindLabels)} />
          {error('organisationKind')}
          <TextField name="jobRole" label="What you do there" value={query.jobRole} autoComplete="organization-title" error={error('jobRole')} describedBy={described('jobRole')} />
          <FilterSelect name="district" label="Area of Kent" any="Choose one" value={query.district} options={optionsOf(districtLabels)} />
          {error('district')}
          <TextField name="venueName" label="Venue, if you have one (optional)" value={query.venueName} />
          <TextField name="email" label="Email" type="email" value={query.email} autoComplete="email" error={error('email')} describedBy={described('email')} />
          <TextField name="password" label="Choose a password (at least 12 characters)" type="password" autoComplete="new-password" error={error('password')} describedBy={described('password')} />
          <p className="filters__actions">
            <button type="submit">Sign up</button>
          </p>
        </form>
        <p>
          We use your details only to run the partner library and to count, by kind of organisation and area, how often
          materials are downloaded. Already signed up? <a href="/partners/sign-in">Sign in</a>.
        </p>
      </div>
    </PageFrame>
  )
}

type FieldProps = {
  name: string
  label: string
  value?: string
  type?: string
  autoComplete?: string
  error?: React.ReactNode
  describedBy?: string
}

function TextField({ name, label, value, type = 'text', autoComplete, error, describedBy }: FieldProps) {
  return (
    <p>
      <label htmlFor={name}>{label}</label>
      {error}
      <input id={name} name={name} type={type} defaultValue={value} autoComplete={autoComplete} aria-describedby={describedBy} aria-invalid={describedBy ? true : undefined} />
    </p>
  )
}
