import type { AdminViewServerProps, TypedLocale } from 'payload'
import React, { Suspense } from 'react'

import { CalendarClient } from './calendar/CalendarClient'
import { TeamView } from './TeamView'

const path = '/calendar' as const

/**
 * /admin/calendar: everything planned across channels (publications, social posts, email sends and awareness
 * dates) by month or week. The page is a frame; the calendar loads its items in the browser for the weeks shown.
 */
export async function CalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  // The theme filter's choices; the calendar filters by slug, as its items name themes.
  const { docs } = await payload.find({ collection: 'themes', depth: 0, limit: 100, sort: 'title', locale: locale?.code as TypedLocale | undefined, req, overrideAccess: false, user })
  const themes = docs.map((theme) => ({ slug: String(theme.slug ?? theme.id), title: String(theme.title ?? theme.slug) }))
  return (
    <TeamView initPageResult={initPageResult} params={params} searchParams={searchParams} path={path}>
      <h1 style={{ margin: '1.5rem 0 0.5rem' }}>Campaign calendar</h1>
      <p style={{ maxWidth: '70ch', marginBottom: '1rem' }}>
        Everything planned across channels: message publications, social posts, email sends and awareness dates, in UK time. Open an item to edit
        it, or move it here: the same checks apply as on its own page.
      </p>
      {/* The client reads the address (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<p>Loading the calendar…</p>}>
        <CalendarClient api={payload.config.routes.api} adminRoute={adminRoute} themes={themes} />
      </Suspense>
    </TeamView>
  )
}
