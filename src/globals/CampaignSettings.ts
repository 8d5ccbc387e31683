import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'

export const CampaignSettings: GlobalConfig<'campaign-settings'> = {
  slug: 'campaign-settings',
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'campaignName', type: 'text', required: true, defaultValue: 'Nurturing Little Hearts and Minds', localized: true },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      defaultValue: 'Feelings after a baby are common. Help is there, and asking is safe.',
    },
  ],
}
