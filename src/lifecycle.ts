import config from '@payload-config'
import { getPayload } from 'payload'

/** The Express shell finds this in the process-wide symbol registry to close Payload on shutdown. */
export const SHUTDOWN_HOOK = Symbol.for('campaign.shutdown')

export async function startPayload(): Promise<void> {
  const payload = await getPayload({ config, cron: true })
  ;(globalThis as Record<symbol, unknown>)[SHUTDOWN_HOOK] = async () => {
    // destroy() stops the job crons and closes the database connection.
    await payload.destroy()
  }
}
