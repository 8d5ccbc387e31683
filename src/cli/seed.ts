import path from 'node:path'

import { loadSettings } from '../config/settings'
import { isDatabaseEmpty, seed } from '../seed'
import { withPayload } from './openPayload'

export async function seedCommand({ force }: { force: boolean }): Promise<number> {
  return withPayload(async (payload) => {
    const empty = await isDatabaseEmpty(payload)
    if (!empty && !force) {
      console.error(
        'campaign: the database already has content, so nothing was seeded. ' +
          'Use "campaign seed --force" to add only the starter content that is missing.',
      )
      return 1
    }
    const report = await seed(payload, seedOptions())
    console.log(
      `campaign: seeded ${report.users} users, ${report.themes} themes, ${report.services} services and ${report.messages} messages.`,
    )
    if (report.credentialsFile) console.log(`campaign: demo logins are in ${report.credentialsFile}`)
    return 0
  })
}

export function seedOptions() {
  const { dataDir } = loadSettings()
  const email = process.env.SEED_ADMIN_EMAIL?.trim()
  const password = process.env.SEED_ADMIN_PASSWORD
  return {
    credentialsFile: path.join(dataDir, 'demo-credentials.json'),
    admin: email && password ? { email, password } : undefined,
  }
}
