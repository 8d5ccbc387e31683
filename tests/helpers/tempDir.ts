import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach } from 'vitest'

/** A fresh empty folder for each test, removed after it. Call at the top of a test file. */
export function useTempDir(prefix: string): () => string {
  let dir = ''
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))
  return () => dir
}
