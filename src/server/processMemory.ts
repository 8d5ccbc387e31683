// Memory settings for the server process, given when `npm start` starts it, unless the operator chose their
// own. Measured under mixed load (bench/memory.ts, docs/benchmarks.md): Node's default heap limit on a large
// machine is several gigabytes, so V8 let the heap grow to 550 MB before collecting; and image work through
// libvips spread allocations over many C library arenas that are never given back. With these the server
// peaked at 466 MB instead of over 800 MB, serving as many requests.

/** The heap limit: about twice the live heap seen under load (under 200 MB). */
export const SERVER_HEAP_MB = 384

export function serverMemoryEnv(env: Record<string, string | undefined>): { NODE_OPTIONS: string; MALLOC_ARENA_MAX: string } {
  const nodeOptions = env.NODE_OPTIONS?.trim() ?? ''
  return {
    NODE_OPTIONS: /--max-old-space-size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-old-space-size=${SERVER_HEAP_MB}`.trim(),
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX?.trim() || '2',
  }
}
