'use client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'

import { isTemplateKey, localeNames, type PreviewLocale, templateCatalogue } from './templateCatalogue'

// One email template previewed as the reader gets it: rendered by the server's preview endpoint
// (src/endpoints/emailPreviews.ts) with real content, wide, at phone width and as plain text, plus a test copy
// to the signed-in person. Shared by the campaign edit view and the email templates view.

type View = 'wide' | 'phone' | 'text'

const views: { key: View; label: string }[] = [
  { key: 'wide', label: 'Email (wide)' },
  { key: 'phone', label: 'Phone (320px)' },
  { key: 'text', label: 'Plain text' },
]

const frameWidths = { wide: 600, phone: 320 } as const

/** What the endpoint said about this template's content: ready (with its subject line) or why not. */
type Loaded<T> = { state: 'loading' } | ({ state: 'ready' } & T) | { state: 'not-ready'; message: string } | { state: 'failed'; message: string }

type Props = {
  template: string
  /** The saved campaign whose content to show; without it the endpoint uses the newest real content. */
  campaignId?: number | string
  /** Changes when the document is saved, so the preview loads again. */
  refreshKey?: number | string
}

export function PreviewPanel({ template, campaignId, refreshKey }: Props) {
  const { config } = useConfig()
  const api = config.routes?.api ?? '/api'
  const languages: readonly PreviewLocale[] = isTemplateKey(template) ? templateCatalogue[template].languages : ['en']
  const [chosenLocale, setChosenLocale] = useState<PreviewLocale>('en')
  // A language chosen for another template falls back to English where this one has no translation.
  const locale = languages.includes(chosenLocale) ? chosenLocale : languages[0]
  const [view, setView] = useState<View>('wide')
  const [reloads, setReloads] = useState(0)
  const [check, setCheck] = useState<Loaded<{ subject: string }>>({ state: 'loading' })
  const [plain, setPlain] = useState<Loaded<{ text: string }>>({ state: 'loading' })
  const [test, setTest] = useState<{ sending: boolean; message: string; failed: boolean }>({ sending: false, message: '', failed: false })
  const localeId = useId()

  const base = `${api}/email-previews/${encodeURIComponent(template)}`
  const params = new URLSearchParams({ locale })
  if (campaignId !== undefined && campaignId !== null) params.set('campaign', String(campaignId))
  const testUrl = `${base}/test?${params}`
  // The endpoint ignores "v"; a new value after a save or a refresh makes the iframe load the page again.
  params.set('v', `${refreshKey ?? 0}.${reloads}`)
  const htmlUrl = `${base}?format=html&${params}`
  const textUrl = `${base}?format=text&${params}`

  // The subject line travels in a header, and a 409 says the content is not ready: ask before showing the
  // iframe, so it never displays a JSON error body.
  useEffect(() => {
    const controller = new AbortController()
    setCheck({ state: 'loading' })
    fetch(htmlUrl, { credentials: 'include', cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return setCheck(await problemOf(response))
        void response.body?.cancel()
        setCheck({ state: 'ready', subject: decodeSubject(response.headers.get('x-email-subject')) })
      })
      .catch(() => {
        if (!controller.signal.aborted) setCheck({ state: 'failed', message: 'The preview did not load. Check your connection, then refresh the preview.' })
      })
    return () => controller.abort()
  }, [htmlUrl])

  useEffect(() => {
    if (view !== 'text') return
    const controller = new AbortController()
    setPlain({ state: 'loading' })
    fetch(textUrl, { credentials: 'include', cache: 'no-store', signal: controller.signal })
      .then(async (response) => setPlain(response.ok ? { state: 'ready', text: await response.text() } : await problemOf(response)))
      .catch(() => {
        if (!controller.signal.aborted) setPlain({ state: 'failed', message: 'The plain-text version did not load. Refresh the preview to try again.' })
      })
    return () => controller.abort()
  }, [view, textUrl])

  async function sendTest() {
    setTest({ sending: true, message: 'Sending a test copy…', failed: false })
    try {
      const response = await fetch(testUrl, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => undefined)) as { message?: string; errors?: { message?: string }[] } | undefined
      setTest({
        sending: false,
        failed: !response.ok,
        message: response.ok ? (body?.message ?? 'A test copy is on its way.') : (body?.errors?.[0]?.message ?? `The test copy was not sent (error ${response.status}).`),
      })
    } catch {
      setTest({ sending: false, failed: true, message: 'The test copy was not sent: no answer from the server. Try again.' })
    }
  }

  const label = isTemplateKey(template) ? templateCatalogue[template].label : template
  return (
    <div className="email-preview" style={{ margin: '0.5rem 0 1.5rem' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem 1.5rem', alignItems: 'center', marginBottom: '1rem' }}>
        {languages.length > 1 ? (
          <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
            <label htmlFor={localeId}>Language</label>
            <select id={localeId} value={locale} onChange={(event) => setChosenLocale(event.target.value as PreviewLocale)} style={{ padding: '0.35rem 0.5rem' }}>
              {languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {localeNames[code]}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <span>Language: English only</span>
        )}
        <div role="group" aria-label="Preview as" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          {views.map((item) => (
            <Button
              key={item.key}
              buttonStyle={view === item.key ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              extraButtonProps={{ 'aria-pressed': view === item.key }}
              onClick={() => setView(item.key)}
            >
              {item.label}
            </Button>
          ))}
        </div>
        <Button buttonStyle="subtle" size="small" margin={false} onClick={() => setReloads((count) => count + 1)}>
          Refresh preview
        </Button>
      </div>

      {check.state === 'loading' && <p aria-busy="true">Loading the preview…</p>}
      {check.state === 'not-ready' && (
        <Notice colour="#8a5a00" title="Not ready to preview yet">
          {check.message}
        </Notice>
      )}
      {check.state === 'failed' && (
        <Notice colour="#a4161a" title="The preview failed">
          {check.message}
        </Notice>
      )}
      {check.state === 'ready' && (
        <>
          <p className="email-preview__subject" style={{ margin: '0 0 0.75rem' }}>
            <strong>Subject:</strong> <span lang={locale}>{check.subject}</span>
          </p>
          {view === 'text' ? (
            <PlainText loaded={plain} locale={locale} />
          ) : (
            // Scroll sideways, never squeeze: the frame must stay at the width the reader's screen has.
            <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
              <iframe
                sandbox=""
                src={htmlUrl}
                title={`${label}: email preview at ${view === 'wide' ? 'full width, 600' : 'phone width, 320'} pixels`}
                width={frameWidths[view]}
                height={800}
                style={{ display: 'block', boxSizing: 'content-box', border: '1px solid var(--theme-elevation-150)', background: '#fff' }}
              />
            </div>
          )}
          <div style={{ marginTop: '1rem', display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1rem', alignItems: 'center' }}>
            <Button buttonStyle="secondary" size="small" margin={false} disabled={test.sending} onClick={() => void sendTest()}>
              Send me a test
            </Button>
          </div>
        </>
      )}
      {/* Always in the page, so screen readers announce what the test send reports. */}
      <p role="status" className="email-preview__test-result" style={{ margin: '0.5rem 0 0', color: test.failed ? '#a4161a' : undefined }}>
        {test.message}
      </p>
    </div>
  )
}

function PlainText({ loaded, locale }: { loaded: Loaded<{ text: string }>; locale: PreviewLocale }) {
  if (loaded.state === 'loading') return <p aria-busy="true">Loading the plain-text version…</p>
  if (loaded.state !== 'ready') return <Notice colour="#a4161a" title="The plain-text version failed">{loaded.message}</Notice>
  return (
    <pre
      className="email-preview__text"
      lang={locale}
      aria-label="Plain-text version"
      // It scrolls, so keyboard users must be able to reach it.
      tabIndex={0}
      style={{
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        maxWidth: '72ch',
        maxHeight: '40rem',
        overflowY: 'auto',
        padding: '1rem',
        margin: 0,
        border: '1px solid var(--theme-elevation-150)',
        background: 'var(--theme-elevation-50)',
        fontSize: '0.9rem',
      }}
    >
      {loaded.text}
    </pre>
  )
}

function Notice({ colour, title, children }: { colour: string; title: string; children: React.ReactNode }) {
  return (
    <div className="email-preview__notice" style={{ borderLeft: `4px solid ${colour}`, padding: '0.5rem 0.75rem', background: 'var(--theme-elevation-50)' }}>
      <strong style={{ color: colour }}>{title}.</strong> {children}
    </div>
  )
}

/** Payload's error shape ({ errors: [{ message }] }); a 409 means the content is not ready, not a fault. */
async function problemOf(response: Response): Promise<{ state: 'not-ready' | 'failed'; message: string }> {
  const body = (await response.json().catch(() => undefined)) as { errors?: { message?: string }[] } | undefined
  const message = body?.errors?.[0]?.message ?? `The server answered with error ${response.status}.`
  return { state: response.status === 409 ? 'not-ready' : 'failed', message }
}

function decodeSubject(header: string | null): string {
  if (!header) return '(no subject)'
  try {
    return decodeURIComponent(header)
  } catch {
    return header
  }
}
