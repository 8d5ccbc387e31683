import { Link } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { PreviewPanel } from './email/PreviewPanel'
import { TeamView } from './TeamView'
import { audienceLabels, isTemplateKey, localeNames, templateCatalogue, templateKeys } from './email/templateCatalogue'

const path = '/email-templates' as const

/**
 * /admin/email-templates: every email the campaign sends, and the chosen one previewed with the newest real
 * content. The choice is in the address (?template=), so a preview can be linked to.
 */
export function EmailTemplatesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  const asked = typeof searchParams?.template === 'string' ? searchParams.template : undefined
  const chosen = isTemplateKey(asked) ? asked : undefined
  const hrefOf = (key: string) => `${formatAdminURL({ adminRoute, path })}?template=${key}`
  return (
    <TeamView initPageResult={initPageResult} params={params} searchParams={searchParams} path={path}>
      <h1 style={{ margin: '1.5rem 0 0.5rem' }}>Email templates</h1>
      <p style={{ maxWidth: '65ch' }}>
        Every email the campaign sends, filled with the newest real content. Links in a preview show where they go but change nothing. To send a
        campaign email, create an <Link href={formatAdminURL({ adminRoute, path: '/collections/email-campaigns' })}>email campaign</Link>.
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem', alignItems: 'flex-start', marginTop: '1.5rem' }}>
        <nav aria-label="Email templates" style={{ flex: '1 1 16rem', maxWidth: '24rem' }}>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {templateKeys.map((key) => {
              const entry = templateCatalogue[key]
              const current = key === chosen
              return (
                <li
                  key={key}
                  style={{
                    padding: '0.6rem 0.75rem',
                    marginBottom: '0.5rem',
                    borderLeft: `4px solid ${current ? 'var(--theme-success-500)' : 'var(--theme-elevation-150)'}`,
                    background: current ? 'var(--theme-elevation-100)' : 'var(--theme-elevation-50)',
                  }}
                >
                  <Link href={hrefOf(key)} aria-current={current ? 'page' : undefined} prefetch={false} style={{ fontWeight: 600 }}>
                    {entry.label}
                  </Link>
                  <div style={{ fontSize: '0.9em' }}>
                    For: {audienceLabels[entry.audience]} · {entry.languages.map((code) => localeNames[code]).join(', ')}
                  </div>
                </li>
              )
            })}
          </ul>
        </nav>
        <section aria-labelledby="email-template-preview" style={{ flex: '3 1 40rem', minWidth: 0 }}>
          {chosen ? (
            <>
              <h2 id="email-template-preview" style={{ marginTop: 0 }}>
                {templateCatalogue[chosen].label}
              </h2>
              <p style={{ maxWidth: '65ch' }}>
                {templateCatalogue[chosen].description} For: {audienceLabels[templateCatalogue[chosen].audience].toLowerCase()}.
              </p>
              {/* Keyed by template: a new choice starts with a fresh preview and no old test-send message. */}
              <PreviewPanel key={chosen} template={chosen} />
            </>
          ) : (
            <>
              <h2 id="email-template-preview" style={{ marginTop: 0 }}>
                Preview
              </h2>
              <p>Choose a template to preview it.</p>
            </>
          )}
        </section>
      </div>
    </TeamView>
  )
}
