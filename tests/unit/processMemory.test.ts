import { describe, expect, it } from 'vitest'

import { SERVER_HEAP_MB, serverMemoryEnv } from '@/server/processMemory'

describe('memory settings for the server process', () => {
  it('caps the heap and the C library arenas by default', () => {
    expect(serverMemoryEnv({})).toEqual({ NODE_OPTIONS: `--max-old-space-size=${SERVER_HEAP_MB}`, MALLOC_ARENA_MAX: '2' })
  })

  it("keeps the operator's own choices, adding only what they did not set", () => {
    expect(serverMemoryEnv({ NODE_OPTIONS: '--max-old-space-size=1024', MALLOC_ARENA_MAX: '4' })).toEqual({ NODE_OPTIONS: '--max-old-space-size=1024', MALLOC_ARENA_MAX: '4' })
    expect(serverMemoryEnv({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`)
  })
})
