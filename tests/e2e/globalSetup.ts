import { spawnSync } from 'node:child_process'

import { chromiumPath } from '../helpers/browser'

/** Checks Chromium first (a clear failure, never a skip), then builds the product once if the build is stale. */
export default function setup() {
  chromiumPath()
  const result = spawnSync(process.execPath, ['bin/campaign.mjs', 'build'], { stdio: 'inherit', env: process.env })
  if (result.status !== 0) throw new Error('The production build failed; see the output above.')
}
