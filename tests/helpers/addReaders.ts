// Confirmed readers on a new mailing list, written straight into a running server's database by a process of
// its own (as the sign-up flow would leave them; the tests are about sending, not signing up). Prints one
// JSON line with the list's id. Runs in production mode, so the schema is the migrated one and never pushed.
import config from '@payload-config'
import { getPayload } from 'payload'

const count = Number(process.env.READERS)
const name = process.env.LIST_NAME ?? 'Readers'
const payload = await getPayload({ config, cron: false })
const list = await payload.create({
  collection: 'mailing-lists',
  data: { name, slug: name.toLowerCase().replace(/\W+/g, '-'), description: 'Readers for a test send.', audience: 'parents' },
  overrideAccess: true,
})
const confirmedAt = new Date().toISOString()
for (let i = 0; i < count; i++) {
  await payload.db.create({
    collection: 'subscribers',
    data: { email: `${list.slug}-${i}@example.org`, locale: 'en', subscribedLists: [list.id], confirmedAt },
    returning: false,
  })
}
process.stdout.write(`${JSON.stringify({ listId: list.id, slug: list.slug })}\n`)
await payload.destroy()
process.exit(0)
