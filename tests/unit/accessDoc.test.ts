import fs from 'node:fs'

import { expect, it } from 'vitest'

import { movesTable, replaceGenerated } from '@/access/docs'
import { accessTable } from '@/access/matrix'

it('docs/access.md says what the server enforces (run npm run docs:access after changing access)', () => {
  const text = fs.readFileSync('docs/access.md', 'utf8')
  const regenerated = replaceGenerated(replaceGenerated(text, 'access-table', accessTable()), 'workflow-moves', movesTable())
  expect(text).toBe(regenerated)
})
