import { withPayload } from './openPayload'

export async function migrate(): Promise<void> {
  await withPayload(async (payload) => {
    if (payload.db.name === 'mongoose') {
      console.log('campaign: MongoDB needs no migrations.')
      return
    }
    // In production, opening Payload has already applied pending migrations; this covers development too.
    await payload.db.migrate()
    console.log('campaign: the database schema is up to date.')
  })
}
