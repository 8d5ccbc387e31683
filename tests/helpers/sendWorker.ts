// The campaign sender in a process of its own, so a test can kill it mid-send the way a crash or a power cut
// would. It uses the test's database file and SMTP server, passed in the environment. A sender that finds the
// campaign's lease still held (by one that was killed) waits for it to lapse, as the job queue would.
import config from '@payload-config'
import { getPayload } from 'payload'

import { sendCampaign } from '@/delivery/sendCampaign'

const payload = await getPayload({ config, cron: false })
process.stdout.write('ready\n')
let report = await sendCampaign(payload, Number(process.env.CAMPAIGN_ID), { batchSize: 5, concurrency: 2 })
while (report.status === 'elsewhere') {
  await new Promise((resolve) => setTimeout(resolve, 200))
  report = await sendCampaign(payload, Number(process.env.CAMPAIGN_ID), { batchSize: 5, concurrency: 2 })
}
process.stdout.write(`${JSON.stringify(report)}\n`)
process.exit(0)
