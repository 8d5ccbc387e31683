'use client'
import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

/** The nav's way to the email templates view; it marks itself the way Payload's own nav links do. */
export function EmailTemplatesNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/email-templates' })
  const here = pathname === href
  const label = (
    <>
      {here && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Email templates</span>
    </>
  )
  return (
    <NavGroup label="Email tools">
      {here ? (
        <div className="nav__link" id="nav-email-templates" aria-current="page">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-email-templates" prefetch={false}>
          {label}
        </Link>
      )}
    </NavGroup>
  )
}
