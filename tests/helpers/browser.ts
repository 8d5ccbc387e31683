import fs from 'node:fs'

import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium; CHROMIUM_PATH overrides. Missing Chromium is a failure with a fix, never a skip. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). The end-to-end tests need it: ` +
        'install Debian\'s package with "apt-get install -y chromium", or set CHROMIUM_PATH.',
    )
  }
  return found
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Without the networking flags Chromium keeps trying to reach the internet, which this machine refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
