import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { isTeamMember } from '@/domain/roles'
import { audienceChoices, cellText, districtChoices, filterQuery, type InsightFilters, insightReport, ranges, readFilters, type Section } from '@/insight/report'

import { BarChart } from './insight/BarChart'
import { TeamView } from './TeamView'

const path = '/insight' as const

/**
 * /admin/insight: is the campaign reaching parents, and which parents and places is it missing? Counts only
 * (never people), each chart drawn here as SVG beside its table, each table downloadable as CSV. The filters
 * are plain links, so the page works the same without its scripts.
 */
export async function InsightView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { payload, user } = initPageResult.req
  // Nothing is read for someone outside the team: TeamView sends them to sign in.
  if (!isTeamMember(user as never)) return <TeamView initPageResult={initPageResult} params={params} searchParams={searchParams} path={path}>{null}</TeamView>
  const filters = readFilters((searchParams ?? {}) as Record<string, string | string[] | undefined>)
  const here = formatAdminURL({ adminRoute: payload.config.routes.admin, path })
  const api = payload.config.routes.api
  const { sections, themes } = await insightReport(payload, filters)
  const link = (change: Partial<InsightFilters>) => {
    const query = filterQuery({ ...filters, ...change })
    return query ? `${here}?${query}` : here
  }
  return (
    <TeamView initPageResult={initPageResult} params={params} searchParams={searchParams} path={path}>
      <div className="insight">
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>Insight</h1>
        <p style={{ maxWidth: '70ch' }}>
          Is the campaign reaching parents, and which parents and places is it missing? Everything here is a count: no cookies, addresses or
          anything else about a person is kept. Counts under 5 are shown as “fewer than 5”.
        </p>
        <nav aria-label="Filters" className="insight__filters">
          <FilterLinks label="Period" current={filters.range} options={Object.entries(ranges).map(([value, range]) => ({ value, label: range.label, href: link({ range: value as InsightFilters['range'] }) }))} />
          <FilterLinks
            label="Theme"
            current={filters.theme ?? ''}
            options={[{ value: '', label: 'All themes', href: link({ theme: undefined }) }, ...themes.map((theme) => ({ value: theme.slug, label: theme.title, href: link({ theme: theme.slug }) }))]}
          />
          <FilterLinks
            label="Audience"
            current={filters.audience ?? ''}
            options={[{ value: '', label: 'Everyone', href: link({ audience: undefined }) }, ...audienceChoices.map((choice) => ({ ...choice, href: link({ audience: choice.value }) }))]}
          />
          <FilterLinks
            label="District"
            current={filters.district ?? ''}
            options={[{ value: '', label: 'All of Kent', href: link({ district: undefined }) }, ...districtChoices.map((choice) => ({ ...choice, href: link({ district: choice.value }) }))]}
          />
        </nav>
        <p>
          Showing {filters.from} to {filters.to} (UK days).
        </p>
        {sections.map((section) => (
          <InsightSection key={section.id} section={section} csvHref={`${api}/insight/csv?${new URLSearchParams({ section: section.id, ...Object.fromEntries(new URLSearchParams(filterQuery(filters))) })}`} />
        ))}
      </div>
    </TeamView>
  )
}

function FilterLinks({ label, current, options }: { label: string; current: string; options: { value: string; label: string; href: string }[] }) {
  return (
    <div style={{ marginBottom: '0.75rem' }}>
      <h2 style={{ fontSize: '1rem', margin: '0 0 0.25rem' }}>{label}</h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem' }}>
        {options.map((option) => (
          <li key={option.value || 'all'}>
            <a href={option.href} aria-current={option.value === current ? 'true' : undefined} style={{ fontWeight: option.value === current ? 700 : 400, textDecoration: option.value === current ? 'none' : 'underline' }}>
              {option.value === current ? `${option.label} (shown)` : option.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

function InsightSection({ section, csvHref }: { section: Section; csvHref: string }) {
  const headingId = `insight-${section.id}`
  return (
    <section aria-labelledby={headingId} style={{ margin: '2rem 0', borderTop: '1px solid var(--theme-elevation-150)', paddingTop: '1rem' }}>
      <h2 id={headingId}>{section.title}</h2>
      {section.words.map((words) => (
        <p key={words} style={{ maxWidth: '70ch' }}>
          {words}
        </p>
      ))}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem', alignItems: 'flex-start' }}>
        {section.chart && (
          <div style={{ flex: '1 1 420px', minWidth: 0 }}>
            <BarChart id={`chart-${section.id}`} title={section.title} description={section.words.join(' ')} bars={section.chart.bars} unit={section.chart.unit} />
          </div>
        )}
        <div style={{ flex: '1 1 320px', minWidth: 0, overflowX: 'auto' }}>
          <table className="insight__table" style={{ borderCollapse: 'collapse', width: '100%' }}>
            <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: '0.25rem' }}>{section.title}: the figures</caption>
            <thead>
              <tr>
                {section.table.columns.map((column) => (
                  <th key={column} scope="col" style={cellStyle}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.table.rows.length === 0 && (
                <tr>
                  <td colSpan={section.table.columns.length} style={cellStyle}>
                    Nothing counted for these filters.
                  </td>
                </tr>
              )}
              {section.table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
                        {cellText(cell)}
                      </th>
                    ) : (
                      <td key={column} style={cellStyle}>
                        {cellText(cell)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href={csvHref} download>
              Download “{section.title}” as CSV
            </a>
          </p>
        </div>
      </div>
    </section>
  )
}

const cellStyle: React.CSSProperties = { textAlign: 'left', padding: '0.25rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-150)' }
