import type { Payload, TaskConfig } from 'payload'

import { loadSettings } from '@/config/settings'
import { sendCampaign, type SendReport } from '@/delivery/sendCampaign'

import { oneAtATime } from './oneAtATime'

export const EMAIL_TASK = 'sendEmailCampaigns'
export const EMAIL_QUEUE = 'email'
/** The server looks for due sends every ten seconds; each run sends for at most 25 seconds, then hands on. */
export const emailQueue = { cron: '*/10 * * * * *', queue: EMAIL_QUEUE, limit: 1 }

/**
 * Sends every campaign that is due or part-sent. One sender at a time in this process: two senders on one
 * campaign would race for the same readers.
 */
export const sendDueCampaigns = oneAtATime(
  (payload: Payload, options: { deadline?: number } = {}) => sendAll(payload, options.deadline ?? Date.now() + 25_000),
  (): SendReport[] => [],
)

async function sendAll(payload: Payload, deadline: number): Promise<SendReport[]> {
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
    if (Date.now() > deadline) break
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
  handler: async ({ req }) => ({ output: { campaigns: (await sendDueCampaigns(req.payload)).length } }),
}
