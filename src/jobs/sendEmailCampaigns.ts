import type { Payload, TaskConfig } from 'payload'

import { loadSettings } from '@/config/settings'
import { sendCampaign, type SendReport } from '@/delivery/sendCampaign'

import { jobsStopping } from './stopping'
import { ownRequest } from './task'

export const EMAIL_TASK = 'sendEmailCampaigns'
export const EMAIL_QUEUE = 'email'

/**
 * Sends every campaign that is due or part-sent, each for at most 25 seconds a run, then hands on. Any number
 * of these may run, in one process or many: each campaign is sent by whichever holds its lease
 * (src/delivery/sendCampaign.ts); the others pass it by.
 */
export async function sendDueCampaigns(payload: Payload, options: { deadline?: number } = {}): Promise<SendReport[]> {
  const deadline = options.deadline ?? Date.now() + 25_000
  const { docs } = await payload.find({
    collection: 'email-campaigns',
    where: {
      or: [
        { status: { equals: 'sending' } },
        { and: [{ status: { equals: 'scheduled' } }, { sendAt: { less_than_equal: new Date().toISOString() } }] },
      ],
    },
    sort: 'sendAt',
    depth: 0,
    limit: 10,
    overrideAccess: true,
  })
  const reports: SendReport[] = []
  const { emailRetryBaseMs } = loadSettings()
  for (const campaign of docs) {
    if (Date.now() > deadline || jobsStopping()) break
    reports.push(await sendCampaign(payload, campaign.id, { deadline, retryBaseMs: emailRetryBaseMs }))
  }
  return reports
}

export const sendEmailCampaignsTask: TaskConfig<'sendEmailCampaigns'> = {
  slug: EMAIL_TASK,
  label: 'Send due email campaigns',
  schedule: [{ cron: '*/10 * * * * *', queue: EMAIL_QUEUE }],
  retries: 0,
  outputSchema: [{ name: 'campaigns', type: 'number' }],
  handler: ownRequest(
    async (req) => ({ campaigns: (await sendDueCampaigns(req.payload)).filter((report) => report.status !== 'elsewhere').length }),
    () => ({ campaigns: 0 }),
  ),
}
