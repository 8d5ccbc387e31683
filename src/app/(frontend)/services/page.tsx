import type { Metadata } from 'next'

import {
  costLabels,
  deliveryLabels,
  districtLabels,
  needLevelLabels,
  optionsOf,
  sectorLabels,
  supportKindLabels,
} from '@/domain/vocabulary'

import { pageMetadata } from '../metadata'
import { getServices } from '../queries'
import { readFilters, whereFor } from './filters'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Find support in Kent',
  description: 'Services in Kent for parents and carers during pregnancy and after birth, by area, need and who they are for.',
  path: '/services',
})

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The directory. Filters are a plain GET form, so they work without JavaScript and can be bookmarked. */
export default async function ServicesPage({ searchParams }: Props) {
  const filters = readFilters(await searchParams)
  const services = await getServices(whereFor(filters))
  return (
    <>
      <h1>Find support in Kent</h1>
      <form method="get" action="/services" className="filters" aria-label="Filter services">
        <Select name="area" label="Area of Kent" value={filters.area} options={optionsOf(districtLabels)} />
        <Select name="supports" label="Help with" value={filters.supports} options={optionsOf(supportKindLabels)} />
        <Select name="who" label="Who it is for" value={filters.who} options={[{ value: 'dads-and-co-parents', label: 'Dads and co-parents welcome' }]} />
        <Select name="need" label="Level of need" value={filters.need} options={optionsOf(needLevelLabels)} />
        <Select name="cost" label="Cost" value={filters.cost} options={optionsOf(costLabels)} />
        <Select name="delivery" label="How" value={filters.delivery} options={optionsOf(deliveryLabels)} />
        <p className="filters__check">
          <input type="checkbox" id="evenings" name="evenings" value="yes" defaultChecked={filters.evenings === 'yes'} />
          <label htmlFor="evenings">Evenings or weekends</label>
        </p>
        <p>
          <label htmlFor="language">Language</label>
          <input id="language" name="language" type="text" defaultValue={filters.language} autoComplete="off" />
        </p>
        <p>
          <label htmlFor="q">Search</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} autoComplete="off" />
        </p>
        <p className="filters__actions">
          <button type="submit">Show services</button> <a href="/services">Clear filters</a>
        </p>
      </form>

      <h2 aria-live="polite">
        {services.length === 1 ? '1 service' : `${services.length} services`}
      </h2>
      {services.length === 0 && <p>No service matches all of these. Try fewer filters, or see <a href="/get-help">how to get help now</a>.</p>}
      <ul className="service-list">
        {services.map((service) => (
          <li key={service.id} className="service">
            <h3>{service.name}</h3>
            <p>{service.summary}</p>
            <dl>
              <dt>Where</dt>
              <dd>{service.areaAsListed || service.districts.map((district) => districtLabels[district]).join(', ')}</dd>
              {service.whoCanUse && (
                <>
                  <dt>Who can use it</dt>
                  <dd>{service.whoCanUse}</dd>
                </>
              )}
              <dt>Cost</dt>
              <dd>{costLabels[service.cost]}</dd>
              <dt>How</dt>
              <dd>{service.delivery.map((mode) => deliveryLabels[mode]).join(', ')}</dd>
              <dt>Run by</dt>
              <dd>{sectorLabels[service.sector]}</dd>
              {service.hours && (
                <>
                  <dt>When</dt>
                  <dd>{service.hours}</dd>
                </>
              )}
              {service.contact?.howToContact && (
                <>
                  <dt>How to contact</dt>
                  <dd>{service.contact.howToContact}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </>
  )
}

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <p>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ''}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  )
}
