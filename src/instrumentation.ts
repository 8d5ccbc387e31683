// Next calls register() once when the server starts. We use it to start Payload straight away, so
// migrations run and the jobs queue is running before the first visitor, not after the first admin click.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startPayload } = await import('./lifecycle')
  await startPayload()
}
