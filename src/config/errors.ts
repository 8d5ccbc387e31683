/** A problem with how the product was configured or started: shown to the operator as one plain sentence, no stack. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
