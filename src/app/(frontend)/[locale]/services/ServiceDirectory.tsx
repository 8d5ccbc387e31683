import { districtLabels, optionsOf } from '@/domain/vocabulary'
import { type ServiceFilters, matchesFilters } from '@/domain/serviceFilters'
import { type SiteLocale, localePath, wordsFor } from '@/i18n/siteWords'
import type { Service } from '@/payload-types'

import { FilterSearchAndSubmit, FilterSelect } from '../../FilterSelect'
import { PageFrame } from '../../PageFrame'
import { getServices } from '../../queries'

/**
 * The directory. Filters are a plain GET form, so they work without JavaScript and can be bookmarked.
 * The unfiltered list is a cached page (/services); a filtered one (/services/search?...) filters the
 * cached registry in memory.
 */
export async function ServiceDirectory({ locale, filters }: { locale: SiteLocale; filters: ServiceFilters }) {
  const words = wordsFor(locale)
  const t = words.services
  const { services: all, inEnglish: english } = await getServices(locale)
  const inEnglish = new Set(english)
  const services = all.filter((service) => matchesFilters(service, filters))
  return (
    <PageFrame locale={locale} path="/services" inEnglish={services.some((service) => inEnglish.has(service.id))}>
      <h1>{t.title}</h1>
      <form method="get" action={localePath(locale, '/services/search')} className="filters" aria-label={t.formLabel}>
        <FilterSelect name="area" label={t.area} any={t.any} value={filters.area} options={optionsOf(districtLabels)} />
        <FilterSelect name="supports" label={t.helpWith} any={t.any} value={filters.supports} options={optionsOf(words.labels.supports)} />
        <FilterSelect name="who" label={t.whoFor} any={t.any} value={filters.who} options={[{ value: 'dads-and-co-parents', label: t.dadsWelcome }]} />
        <FilterSelect name="need" label={t.need} any={t.any} value={filters.need} options={optionsOf(words.labels.need)} />
        <FilterSelect name="cost" label={t.cost} any={t.any} value={filters.cost} options={optionsOf(words.labels.cost)} />
        <FilterSelect name="delivery" label={t.how} any={t.any} value={filters.delivery} options={optionsOf(words.labels.delivery)} />
        <p className="filters__check">
          <input type="checkbox" id="evenings" name="evenings" value="yes" defaultChecked={filters.evenings === 'yes'} />
          <label htmlFor="evenings">{t.evenings}</label>
        </p>
        <p>
          <label htmlFor="language">{t.language}</label>
          <input id="language" name="language" type="text" defaultValue={filters.language} autoComplete="off" />
        </p>
        <FilterSearchAndSubmit searchLabel={t.search} query={filters.q} show={t.show} clear={t.clear} clearHref={localePath(locale, '/services')} />
      </form>

      <h2 aria-live="polite">{t.count(services.length)}</h2>
      {services.length === 0 && (
        <p>
          {t.noMatch} <a href={localePath(locale, '/get-help')}>{t.howToGetHelp}</a>.
        </p>
      )}
      <ul className="service-list">
        {services.map((service) => (
          <ServiceEntry key={service.id} service={service} locale={locale} inEnglish={inEnglish.has(service.id)} />
        ))}
      </ul>
    </PageFrame>
  )
}

function ServiceEntry({ service, locale, inEnglish }: { service: Service; locale: SiteLocale; inEnglish: boolean }) {
  const words = wordsFor(locale)
  const t = words.services
  const own = inEnglish ? 'en' : undefined
  return (
    <li className="service">
      <h3 lang={own}>{service.name}</h3>
      <p lang={own}>{service.summary}</p>
      <dl>
        <dt>{t.where}</dt>
        <dd>{service.areaAsListed || service.districts.map((district) => districtLabels[district]).join(', ')}</dd>
        {service.whoCanUse && (
          <>
            <dt>{t.whoCanUse}</dt>
            <dd lang={own}>{service.whoCanUse}</dd>
          </>
        )}
        <dt>{t.cost}</dt>
        <dd>{words.labels.cost[service.cost]}</dd>
        <dt>{t.how}</dt>
        <dd>{service.delivery.map((mode) => words.labels.delivery[mode]).join(', ')}</dd>
        <dt>{t.runBy}</dt>
        <dd>{words.labels.sector[service.sector]}</dd>
        {service.hours && (
          <>
            <dt>{t.when}</dt>
            <dd lang={own}>{service.hours}</dd>
          </>
        )}
        {service.contact?.howToContact && (
          <>
            <dt>{t.howToContact}</dt>
            <dd lang={own}>{service.contact.howToContact}</dd>
          </>
        )}
      </dl>
    </li>
  )
}
