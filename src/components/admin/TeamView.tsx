import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { isTeamMember } from '@/domain/roles'

type Props = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { path: `/${string}`; children: React.ReactNode }

/**
 * The frame of our own admin views (the calendar, the email templates): Payload's admin chrome, for the comms
 * team only. Payload treats custom views as public routes, so this turns everyone else away itself.
 */
export function TeamView({ initPageResult, params, searchParams, path, children }: Props) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  if (!user || !permissions.canAccessAdmin || !isTeamMember(user as never)) {
    const adminRoute = payload.config.routes.admin
    const { login, unauthorized } = payload.config.admin.routes
    const to = formatAdminURL({ adminRoute, path: user ? unauthorized : login })
    redirect(`${to}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path }))}`)
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
