'use client'
import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

type Props = { group: string; label: string; path: `/${string}`; id: string }

/**
 * A way in the admin's nav to one of our own views (named in payload.config.ts through clientProps); it marks
 * itself the way Payload's own nav links do.
 */
export function NavLink({ group, label, path, id }: Props) {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path })
  const here = pathname === href
  const text = (
    <>
      {here && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{label}</span>
    </>
  )
  return (
    <NavGroup label={group}>
      {here ? (
        <div className="nav__link" id={id} aria-current="page">
          {text}
        </div>
      ) : (
        <Link className="nav__link" href={href} id={id} prefetch={false}>
          {text}
        </Link>
      )}
    </NavGroup>
  )
}
