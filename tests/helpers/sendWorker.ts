// The campaign sender in a process of its own, so a test can kill it mid-send the way a crash or a power cut
// would. It uses the test's database file and SMTP server, passed in the environment.
import config from '@payload-config'
import { getPayload } from 'payload'

import { sendCampaign } from '@/delivery/sendCampaign'

const payload = await getPayload({ config, cron: false })
process.stdout.write('ready\n')
const report = await sendCampaign(payload, Number(process.env.CAMPAIGN_ID), { batchSize: 5, concurrency: 2 })
process.stdout.write(`${JSON.stringify(report)}\n`)
process.exit(0)
