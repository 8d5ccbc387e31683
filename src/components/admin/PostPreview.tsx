'use client'
import { useConfig, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'

import { platformRules, type SocialPlatform } from '@/channels/platforms'
import { countedLength, fullText } from '@/social/postRules'

import { severityColours, severityLabels } from './findingStyles'

// A social post as a parent will meet it on the chosen platform, from the form as it is now (before saving):
// the words with the link and hashtags as they go out, cut where the platform cuts, the image in the
// platform's crop, and the length the platform counts.

/** How each platform draws a post, loosely: the crop of its image, how it says "more" and how it shows links. */
const looks: Record<SocialPlatform, { crop?: string; cropLabel?: string; more: string; shortLinks: boolean; imageFirst?: boolean; bubble?: boolean }> = {
  x: { crop: '16 / 9', cropLabel: '16:9', more: 'Show more', shortLinks: true },
  bluesky: { crop: '16 / 9', cropLabel: '16:9', more: 'Show more', shortLinks: true },
  mastodon: { crop: '16 / 9', cropLabel: '16:9', more: 'Show more', shortLinks: true },
  threads: { crop: '4 / 5', cropLabel: '4:5', more: '… more', shortLinks: true },
  instagram: { crop: '1 / 1', cropLabel: 'square (1:1)', more: '… more', shortLinks: false, imageFirst: true },
  facebook: { crop: '1.91 / 1', cropLabel: '1.91:1', more: '… See more', shortLinks: false },
  linkedin: { crop: '1.91 / 1', cropLabel: '1.91:1', more: '…see more', shortLinks: false },
  whatsapp: { more: 'Read more', shortLinks: false, bubble: true },
}

const ACCOUNT = 'Nurturing Little Hearts'
const HANDLE = '@nurturinglittlehearts'

type Image = { state: 'none' } | { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed' }

type Finding = { rule?: string; severity: keyof typeof severityColours; text?: string; message: string; suggestion?: string }

const idOf = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object') return idOf((value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value)
  return String(value)
}

export function PostPreview() {
  const { config } = useConfig()
  const api = config.routes?.api ?? '/api'
  const platform = useFormFields(([fields]) => fields.platform?.value) as SocialPlatform | undefined
  const text = (useFormFields(([fields]) => fields.text?.value) as string | undefined) ?? ''
  const hashtags = useFormFields(([fields]) => fields.hashtags?.value) as string[] | undefined
  const link = useFormFields(([fields]) => fields.link?.value) as string | undefined
  const imageId = idOf(useFormFields(([fields]) => fields.image?.value))
  const imageAlt = ((useFormFields(([fields]) => fields.imageAlt?.value) as string | undefined) ?? '').trim()
  const safetyWarning = useFormFields(([fields]) => fields.safetyWarning?.value) as string | undefined
  const findings = useFormFields(([fields]) => fields.findings?.value) as Finding[] | undefined
  const headingId = useId()

  const image = useMaterialImage(api, imageId)

  const rule = platform ? platformRules[platform] : undefined
  if (!platform || !rule) {
    return (
      <section aria-labelledby={headingId} className="post-preview" style={{ margin: '1.5rem 0' }}>
        <h3 id={headingId}>Preview</h3>
        <p>Choose a platform to see how the post will look there.</p>
      </section>
    )
  }
  const look = looks[platform]
  const words = fullText({ text: String(text), link, hashtags: Array.isArray(hashtags) ? hashtags : [] })
  const length = countedLength(platform, words)
  const over = length - rule.maxLength
  const showImage = Boolean(look.crop) && image.state !== 'none'

  return (
    <section aria-labelledby={headingId} className="post-preview" data-platform={platform} style={{ margin: '1.5rem 0 2rem' }}>
      <h3 id={headingId} style={{ marginBottom: '0.25rem' }}>
        Preview on {rule.label}
      </h3>
      <p style={{ margin: '0 0 0.75rem', fontSize: '0.9em', maxWidth: '65ch' }}>
        Close to what a parent sees in their feed, from the words above as they are now (save to keep them). The platform draws the final post.
      </p>

      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem', alignItems: 'flex-start' }}>
        <figure
          className={`post-preview__card post-preview__card--${platform}`}
          aria-label={`How the post looks on ${rule.label}`}
          style={{
            margin: 0,
            width: '100%',
            maxWidth: look.bubble ? '26rem' : '32rem',
            background: look.bubble ? '#e7ffdb' : '#ffffff',
            color: '#0f1419',
            border: '1px solid #cfd9de',
            borderRadius: look.bubble ? 12 : 10,
            padding: '0.75rem',
            fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
            fontSize: 15,
            lineHeight: 1.4,
          }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: '0.6rem', marginBottom: '0.5rem' }}>
            {/* A neutral avatar: the campaign's initials in a circle. */}
            <span aria-hidden="true" style={{ width: 40, height: 40, borderRadius: '50%', background: '#d9dee3', color: '#3d4b57', display: 'inline-flex', alignItems: 'center', justifyContent: 'center', fontWeight: 700, fontSize: 13, flex: 'none' }}>
              NLH
            </span>
            <span style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
              <strong>{ACCOUNT}</strong>
              <span className="post-preview__platform" style={{ color: '#536471', fontSize: 13 }}>
                {look.bubble ? rule.label : `${HANDLE} · ${rule.label}`}
              </span>
            </span>
          </div>
          {look.imageFirst && showImage && <Picture image={image} alt={imageAlt} crop={look.crop!} />}
          <PostWords words={words} lines={rule.visibleLines} more={look.more} shortLinks={look.shortLinks} prefix={look.imageFirst ? ACCOUNT : undefined} />
          {!look.imageFirst && showImage && <Picture image={image} alt={imageAlt} crop={look.crop!} />}
          <figcaption style={{ fontSize: 12, color: '#536471', marginTop: '0.5rem' }}>
            {look.crop && showImage
              ? `Image cropped to ${look.cropLabel}, as ${rule.label} shows it in the feed. Text cut after ${rule.visibleLines} lines.`
              : look.crop
                ? `No image. Text cut after ${rule.visibleLines} lines.`
                : `${rule.label} shows the words only in this preview.`}
          </figcaption>
        </figure>

        <div style={{ flex: '1 1 16rem', minWidth: 0, maxWidth: '36rem' }}>
          <p className="post-preview__count" style={{ margin: '0 0 0.25rem', fontVariantNumeric: 'tabular-nums' }}>
            <strong>{length}</strong> of {rule.maxLength} characters
            {rule.linkLength ? ` (${rule.label} counts each link as ${rule.linkLength})` : ''}
          </p>
          {/* Said aloud when the post goes over or back under, not at every keystroke. */}
          <div role="status">
            {over > 0 && (
              <p className="post-preview__too-long" style={{ margin: '0 0 0.5rem', borderLeft: '4px solid #a4161a', paddingLeft: '0.5rem' }}>
                <strong>Too long for {rule.label}:</strong> take out {over} character{over === 1 ? '' : 's'}. It cannot be scheduled like this.
              </p>
            )}
          </div>
          {!text.trim() && <p style={{ margin: '0 0 0.5rem' }}>The post has no words yet.</p>}
          {showImage && !imageAlt && (
            <p style={{ margin: '0 0 0.5rem', borderLeft: '4px solid #8a5a00', paddingLeft: '0.5rem' }}>
              <strong>No alt text yet:</strong> say what the image shows and every word in it.
            </p>
          )}
          {image.state === 'failed' && <p style={{ margin: '0 0 0.5rem' }}>The image could not be loaded for the preview.</p>}
          {safetyWarning && (
            <p className="post-preview__safety" style={{ margin: '0 0 0.5rem', borderLeft: '4px solid #8a5a00', paddingLeft: '0.5rem' }}>
              <strong>Safe messaging:</strong> {safetyWarning}
            </p>
          )}
          {Array.isArray(findings) && findings.length > 0 && (
            <div className="post-preview__findings">
              <h4 style={{ margin: '0.5rem 0 0.25rem' }}>Content checks at the last save</h4>
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {findings.map((finding, index) => (
                  <li key={`${finding.rule ?? 'finding'}-${index}`} style={{ borderLeft: `3px solid ${severityColours[finding.severity] ?? '#4a4a4a'}`, paddingLeft: '0.5rem', marginBottom: '0.4rem', fontSize: '0.9em' }}>
                    <strong>{severityLabels[finding.severity] ?? finding.severity}:</strong> {finding.text ? `“${finding.text}”. ` : ''}
                    {finding.message}
                    {finding.suggestion && <em> Instead: {finding.suggestion}.</em>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </section>
  )
}

/** The chosen material's address, read from the server (the form holds only its id). */
function useMaterialImage(api: string, id: string | undefined): Image {
  const [image, setImage] = useState<{ id: string; image: Image }>()
  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`${api}/materials/${encodeURIComponent(id)}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        const doc = response.ok ? ((await response.json()) as { url?: string | null; mimeType?: string | null }) : undefined
        const usable = doc?.url && (!doc.mimeType || doc.mimeType.startsWith('image/'))
        setImage({ id, image: usable ? { state: 'ready', url: doc!.url! } : { state: 'failed' } })
      })
      .catch(() => {
        if (!controller.signal.aborted) setImage({ id, image: { state: 'failed' } })
      })
    return () => controller.abort()
  }, [api, id])
  if (!id) return { state: 'none' }
  return image?.id === id ? image.image : { state: 'loading' }
}

function Picture({ image, alt, crop }: { image: Image; alt: string; crop: string }) {
  return (
    <div className="post-preview__image" style={{ aspectRatio: crop, width: '100%', overflow: 'hidden', borderRadius: 8, background: '#eef1f4', margin: '0.5rem 0' }}>
      {image.state === 'ready' ? (
        <img src={image.url} alt={alt} style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />
      ) : (
        <span style={{ display: 'flex', height: '100%', alignItems: 'center', justifyContent: 'center', fontSize: 13, color: '#536471' }}>
          {image.state === 'loading' ? 'Loading the image…' : 'No image to show'}
        </span>
      )}
    </div>
  )
}

/**
 * The words, cut after the platform's number of lines with its own "more". Whether they overflow is measured
 * at the card's real width, so the cut falls where a reader's would.
 */
function PostWords({ words, lines, more, shortLinks, prefix }: { words: string; lines: number; more: string; shortLinks: boolean; prefix?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  const [expanded, setExpanded] = useState(false)
  const [overflows, setOverflows] = useState(false)
  const textId = useId()

  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setOverflows(element.scrollHeight > element.clientHeight + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [words, lines, expanded])

  const clamped: React.CSSProperties = expanded
    ? {}
    : { display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: lines, overflow: 'hidden' }
  return (
    <div>
      <div ref={ref} id={textId} className="post-preview__text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', ...clamped }}>
        {prefix && <strong>{prefix} </strong>}
        {tokens(words).map((token, index) =>
          token.kind === 'text' ? (
            <React.Fragment key={index}>{token.value}</React.Fragment>
          ) : (
            <span key={index} style={{ color: '#1d6fb8' }}>
              {token.kind === 'link' && shortLinks ? shortLink(token.value) : token.value}
            </span>
          ),
        )}
      </div>
      {(overflows || expanded) && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={textId}
          onClick={() => setExpanded((value) => !value)}
          style={{ background: 'none', border: 0, padding: 0, color: '#536471', font: 'inherit', cursor: 'pointer', textDecoration: 'underline' }}
        >
          {expanded ? 'Show less' : more}
        </button>
      )}
    </div>
  )
}

/** Links and hashtags, which platforms draw as links. */
function tokens(words: string): { kind: 'text' | 'link' | 'tag'; value: string }[] {
  const parts: { kind: 'text' | 'link' | 'tag'; value: string }[] = []
  const pattern = /(https?:\/\/\S+)|(#[\p{L}\p{N}_]+)/gu
  let last = 0
  for (const match of words.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', value: words.slice(last, match.index) })
    parts.push({ kind: match[1] ? 'link' : 'tag', value: match[0] })
    last = match.index + match[0].length
  }
  if (last < words.length) parts.push({ kind: 'text', value: words.slice(last) })
  return parts
}

/** As X, Bluesky, Mastodon and Threads show a link: no scheme, cut after about 25 characters. */
function shortLink(url: string): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/, '')
  return bare.length > 26 ? `${bare.slice(0, 25)}…` : bare
}
