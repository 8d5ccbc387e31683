'use client'
import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

/** The nav's way to the campaign calendar; it marks itself the way Payload's own nav links do. */
export function CalendarNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/calendar' })
  const here = pathname === href
  const label = (
    <>
      {here && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Calendar</span>
    </>
  )
  return (
    <NavGroup label="Planning">
      {here ? (
        <div className="nav__link" id="nav-calendar" aria-current="page">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-calendar" prefetch={false}>
          {label}
        </Link>
      )}
    </NavGroup>
  )
}
