import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { storageFaultOf } from '@/storage/faults'
import { createWriteGate } from '@/storage/writeGate'

describe('storage faults', () => {
  it("recognises SQLite's own full-disk error, however it is wrapped", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-full-'))
    const db = createClient({ url: `file:${path.join(dir, 'small.db')}` })
    let error: unknown
    try {
      await db.execute('create table t (v text)')
      // A database allowed no more pages than it has fails exactly as a full disk does.
      await db.execute('PRAGMA max_page_count = 3')
      for (let i = 0; i < 100; i += 1) await db.execute({ sql: 'insert into t (v) values (?)', args: ['x'.repeat(2000)] })
    } catch (caught) {
      error = caught
    } finally {
      db.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
    expect((error as { code?: string }).code).toBe('SQLITE_FULL')
    expect(storageFaultOf(error)).toMatchObject({ kind: 'full', status: 507, message: expect.stringMatching(/disk is full/) })
    const wrapped = new Error('Failed query: insert into "themes" ...', { cause: error })
    expect(storageFaultOf(new Error('save failed', { cause: wrapped }))?.kind).toBe('full')
  })

  it("recognises the system's full-disk error (writing to /dev/full)", () => {
    let error: unknown
    try {
      fs.writeFileSync('/dev/full', 'an email')
    } catch (caught) {
      error = caught
    }
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
    expect(storageFaultOf(error)?.status).toBe(507)
  })

  it('leaves every other error alone', () => {
    expect(storageFaultOf(new Error('The following field is invalid: title'))).toBeUndefined()
    expect(storageFaultOf({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: themes.slug' })).toBeUndefined()
    expect(storageFaultOf(undefined)).toBeUndefined()
  })

  it('says a database that does not answer is unavailable (503)', () => {
    const mongo = Object.assign(new Error('Server selection timed out after 2000 ms'), { name: 'MongoServerSelectionError' })
    expect(storageFaultOf(mongo)).toMatchObject({ kind: 'unavailable', status: 503 })
  })
})

describe('one writer at a time', () => {
  it('lets writers in one after another, in the order they came', async () => {
    const gate = createWriteGate()
    const order: string[] = []
    const slow = (name: string, ms: number) =>
      gate.run(async () => {
        order.push(`${name} in`)
        await new Promise((resolve) => setTimeout(resolve, ms))
        order.push(`${name} out`)
      })
    await Promise.all([slow('a', 30), slow('b', 1), slow('c', 1)])
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out'])
  })

  it('lets the next writer in when one fails, and a release twice counts once', async () => {
    const gate = createWriteGate()
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    const release = await gate.acquire()
    release()
    release()
    const first = await gate.acquire()
    let secondIn = false
    const second = gate.acquire().then((next) => ((secondIn = true), next))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(secondIn).toBe(false)
    first()
    ;(await second)()
  })

  it('gives up waiting behind a writer that never finishes, with a reason', async () => {
    const gate = createWriteGate(50)
    await gate.acquire()
    await expect(gate.acquire()).rejects.toMatchObject({ kind: 'busy', status: 503 })
    expect(gate.waiting).toBe(0)
  })
})
