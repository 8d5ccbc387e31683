import os from 'node:os'

import { describe, expect, it } from 'vitest'

import { EXIT, exitCodeOf } from '@/config/exitCodes'
import { conflictingHolders, stillRunning } from '@/leases/processes'

describe('who stops a start', () => {
  const live = [
    { owner: 'web1/100/aaa', shared: false },
    { owner: 'web2/200/bbb', shared: true },
  ]

  it('is every other live process, for a start that does not share the database', () => {
    expect(conflictingHolders(live, { shared: false }).map((holder) => holder.owner)).toEqual(['web1/100/aaa', 'web2/200/bbb'])
    expect(conflictingHolders(live, { shared: false, self: 'web1/100/aaa' }).map((holder) => holder.owner)).toEqual(['web2/200/bbb'])
    expect(conflictingHolders([], { shared: false })).toEqual([])
  })

  it('is nobody, for a start that shares it on purpose', () => {
    expect(conflictingHolders(live, { shared: true })).toEqual([])
  })
})

describe('a holder on this machine', () => {
  it('counts while its process runs, and not once it is gone; a holder elsewhere counts until its lease lapses', () => {
    const here = os.hostname()
    expect(stillRunning({ owner: `${here}/${process.pid}/abc` }, true)).toBe(true)
    // Process ids run up to 2^22 on Linux: this one is free.
    expect(stillRunning({ owner: `${here}/4194304/abc` }, true)).toBe(false)
    expect(stillRunning({ owner: `${here}/4194304/abc` }, false)).toBe(true)
    expect(stillRunning({ owner: `elsewhere-${here}/4194304/abc` }, true)).toBe(true)
  })
})

describe('exit codes', () => {
  it('passes a code on, and turns death by a signal into 128 + its number', () => {
    expect(exitCodeOf(0, null)).toBe(EXIT.ok)
    expect(exitCodeOf(3, null)).toBe(EXIT.refused)
    expect(exitCodeOf(null, 'SIGKILL')).toBe(137)
    expect(exitCodeOf(null, 'SIGTERM')).toBe(143)
    expect(exitCodeOf(null, 'SIGSEGV')).toBe(139)
  })
})
