import config from '@payload-config'
import { getPayload } from 'payload'

import { registerShutdownHook } from './server/shutdownHook'

export async function startPayload(): Promise<void> {
  const payload = await getPayload({ config, cron: true })
  // destroy() stops the job crons and closes the database connection.
  registerShutdownHook(() => payload.destroy())
}
