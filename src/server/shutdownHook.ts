// The one name the Express shell and the Next bundle share: the bundle registers how to close Payload under
// it, and the shell calls it on shutdown. A symbol in the process-wide registry crosses the bundle boundary.
export const SHUTDOWN_HOOK = Symbol.for('campaign.shutdown')

export type ShutdownHook = () => Promise<void>

export function registerShutdownHook(hook: ShutdownHook): void {
  ;(globalThis as Record<symbol, unknown>)[SHUTDOWN_HOOK] = hook
}

export async function runShutdownHook(): Promise<void> {
  const hook = (globalThis as Record<symbol, unknown>)[SHUTDOWN_HOOK] as ShutdownHook | undefined
  await hook?.()
}
