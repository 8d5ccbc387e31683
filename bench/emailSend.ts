// Render-and-deliver for a campaign of many personalised emails, through the real sender (src/delivery), the
// real Payload on a SQLite file and a real SMTP server (bench/smtpSink.ts, in its own process).
//   tsx bench/emailSend.ts prepare DIR  -> a database in DIR with the readers and a due campaign
//   tsx bench/emailSend.ts send DIR     -> a fresh process sends it; its memory is the sender's alone
// Each prints one JSON line; bench/email.ts runs both.
import fs from 'node:fs'
import path from 'node:path'

const [mode, dir] = process.argv.slice(2)
const READERS = Number(process.env.BENCH_EMAILS || 10_000)
Object.assign(process.env, {
  NODE_ENV: 'test',
  DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  PAYLOAD_SECRET: 'bench-secret-that-is-long-enough-for-anything',
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  DISABLE_LOGGING: 'true',
  PUBLIC_URL: 'https://campaign.example.org',
})
const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
const payload = await getPayload({ config, cron: false })

if (mode === 'prepare') {
  const [{ walkMessageTo }, { richTextFromParagraphs }] = await Promise.all([import('../src/collections/Messages/walk'), import('../src/domain/richText')])
  const list = await payload.create({ collection: 'mailing-lists', data: { name: 'Campaign news', slug: 'campaign-news', description: 'News.', audience: 'parents' } })
  const message = await payload.create({
    collection: 'messages',
    draft: true,
    data: {
      title: 'Intrusive thoughts are common',
      slug: 'intrusive-thoughts-are-common',
      keyMessage: 'Many new parents have scary thoughts they do not want. They are common and you can talk about them.',
      body: richTextFromParagraphs(['Many new parents have sudden, unwanted thoughts about their baby.', 'Having them does not mean you want them to happen.']),
      audiences: ['all-parents'],
    },
  })
  await walkMessageTo(payload, message.id, 'published')
  // Readers go in directly: the benchmark is about sending, not about signing people up. One in ten reads Polish.
  for (let i = 0; i < READERS; i++) {
    await payload.db.create({
      collection: 'subscribers',
      data: { email: `reader${i}@example.org`, locale: i % 10 === 0 ? 'pl' : 'en', subscribedLists: [list.id], confirmedAt: new Date().toISOString() },
      returning: false,
    })
  }
  const campaign = await payload.create({
    collection: 'email-campaigns',
    data: { title: 'Benchmark', template: 'message-of-the-week', message: message.id, lists: [list.id], locale: 'all', status: 'scheduled', sendAt: new Date().toISOString() },
    context: { system: true },
  })
  process.stdout.write(`${JSON.stringify({ campaignId: campaign.id })}\n`)
} else {
  const { sendCampaign } = await import('../src/delivery/sendCampaign')
  const { docs } = await payload.find({ collection: 'email-campaigns', limit: 1, depth: 0, overrideAccess: true })
  const baseRss = process.memoryUsage().rss
  let peakRss = baseRss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const report = await sendCampaign(payload, docs[0].id, { deadline: Number.POSITIVE_INFINITY })
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  const done = await payload.findByID({ collection: 'email-campaigns', id: docs[0].id, depth: 0, overrideAccess: true })
  const mb = (bytes: number) => bytes / 1024 / 1024
  process.stdout.write(
    `${JSON.stringify({ sent: done.progress?.sent, status: report.status, seconds, perSecond: (done.progress?.sent ?? 0) / seconds, peakRssMB: mb(peakRss), baseRssMB: mb(baseRss) })}\n`,
  )
}
await payload.destroy()
process.exit(0)
