import config from '@payload-config'
import { getPayload } from 'payload'

import { EXIT } from './config/exitCodes'
import { loadProcessSettings, loadSettings } from './config/settings'
import { startJobRunner } from './jobs/runner'
import { DatabaseHeld, registerProcess } from './leases/processes'
import { registerShutdownHook } from './server/shutdownHook'

export async function startPayload(): Promise<void> {
  const payload = await getPayload({ config, cron: false })
  const { jobs, sharedDatabase } = loadProcessSettings()
  const holder = await holdDatabase(payload, { role: jobs ? 'web and jobs' : 'web', shared: sharedDatabase, port: loadSettings().port })
  // JOBS=off: a `campaign worker` beside this process runs the queues.
  const runner = jobs ? startJobRunner(payload) : undefined
  // Jobs finish what they have in hand, this process lets go of the database, then the database closes: all
  // within the shutdown bound (the shell's SHUTDOWN_TIMEOUT_MS). Jobs get half of it; one still running then
  // (a poster mid-render on a busy machine) is left, and runs again once its lease lapses.
  registerShutdownHook(async () => {
    await runner?.stop(jobsGraceMs())
    await holder.stop()
    await payload.destroy()
  })
}

export const jobsGraceMs = (env: NodeJS.ProcessEnv = process.env) => Math.max(1000, Number(env.SHUTDOWN_TIMEOUT_MS || 10_000) / 2)

/** Registers this server as a holder of the database; a live one already there (and no SHARED_DATABASE) ends the start. */
async function holdDatabase(payload: Awaited<ReturnType<typeof getPayload>>, options: Parameters<typeof registerProcess>[1]) {
  try {
    return await registerProcess(payload, options)
  } catch (error) {
    if (!(error instanceof DatabaseHeld)) throw error
    payload.logger.fatal(error.message)
    await payload.destroy()
    process.exit(EXIT.refused)
  }
}
