// npm run docs:access: rewrites the generated tables in docs/access.md from src/access/matrix.ts and the
// workflow rules, so the document always says what the server enforces.
import fs from 'node:fs'

import { accessTable } from '../src/access/matrix'
import { movesTable, replaceGenerated } from '../src/access/docs'

const file = 'docs/access.md'
let text = fs.readFileSync(file, 'utf8')
text = replaceGenerated(text, 'access-table', accessTable())
text = replaceGenerated(text, 'workflow-moves', movesTable())
fs.writeFileSync(file, text)
console.log(`Updated ${file}`)
