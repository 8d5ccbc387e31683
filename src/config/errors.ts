/** A problem with how the product was configured or started: shown to the operator as one plain sentence, no stack. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/**
 * Starting would collide with something already running (the port, or a live server on the database): the
 * command refuses before it starts anything, with one plain sentence, and exits 3 (src/config/exitCodes.ts).
 */
export class RefusedToStart extends Error {
  override name = 'RefusedToStart'
}
