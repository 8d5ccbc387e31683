import { type GlobalAfterChangeHook, type GlobalBeforeChangeHook, ValidationError, type GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { locales } from '@/config/locales'
import { isContentTeamField } from '@/access/isContentTeam'
import { hasRole } from '@/domain/roles'
import { refreshSiteAfterGlobalChange } from '@/hooks/refreshSite'
import { PUBLISHING_QUEUE, PUBLISHING_TASK } from '@/jobs/publishingSchedule'

/** Pausing needs a reason; who paused and when are recorded by the server, not typed in. */
const recordPause: GlobalBeforeChangeHook = ({ data, originalDoc, req }) => {
  const wasActive = Boolean(originalDoc?.pause?.active)
  const active = Boolean(data.pause?.active)
  if (active && !wasActive) {
    if (!data.pause?.reason?.trim()) {
      throw new ValidationError({
        global: 'campaign-settings',
        errors: [{ path: 'pause.reason', message: 'Say why the campaign is paused, so the team knows when it can resume.' }],
      })
    }
    data.pause = { ...data.pause, pausedBy: req.user?.id ?? null, pausedAt: new Date().toISOString() }
  } else if (!active && wasActive) {
    data.pause = { active: false, reason: null, pausedBy: null, pausedAt: null }
  }
  req.context.pauseChange = active === wasActive ? undefined : active ? 'paused' : 'resumed'
  return data
}

/** Record the pause in the audit trail, and release held publications as soon as it is lifted. */
const afterPauseChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  const change = req.context.pauseChange
  if (!change) return doc
  await req.payload.create({
    collection: 'audit-trail',
    data: {
      event: change === 'paused' ? 'Campaign paused' : 'Campaign resumed',
      by: req.user?.id ?? null,
      at: new Date().toISOString(),
      note: change === 'paused' ? doc.pause?.reason : null,
    },
    overrideAccess: true,
    req,
  })
  if (change === 'resumed') await req.payload.jobs.queue({ task: PUBLISHING_TASK, queue: PUBLISHING_QUEUE, input: {}, req })
  return doc
}

export const CampaignSettings: GlobalConfig<'campaign-settings'> = {
  slug: 'campaign-settings',
  access: {
    read: anyone,
    // The pause switch belongs to those who decide what goes out: publishers and admins.
    update: ({ req: { user } }) => hasRole(user, 'admin', 'publisher'),
  },
  hooks: { beforeChange: [recordPause], afterChange: [afterPauseChange, refreshSiteAfterGlobalChange] },
  fields: [
    {
      name: 'campaignName',
      type: 'text',
      required: true,
      defaultValue: 'Nurturing Little Hearts and Minds',
      localized: true,
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      defaultValue: 'Feelings after a baby are common. Help is there, and asking is safe.',
    },
    {
      name: 'defaultLocale',
      type: 'select',
      required: true,
      defaultValue: locales.defaultLocale,
      options: locales.locales.map((locale) => (typeof locale === 'string' ? { label: locale, value: locale } : { label: String(locale.label), value: locale.code })),
      admin: { description: 'The language a visitor sees first. Content missing in another language falls back to it.' },
    },
    {
      name: 'pause',
      type: 'group',
      label: 'Pause the campaign',
      access: { read: isContentTeamField },
      admin: {
        description:
          'For sensitive news moments: holds every scheduled publication and send until the pause is lifted. Nothing already live is taken down.',
      },
      fields: [
        { name: 'active', type: 'checkbox', label: 'Campaign paused', defaultValue: false },
        { name: 'reason', type: 'textarea' },
        { name: 'pausedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'pausedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
