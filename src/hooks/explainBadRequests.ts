import type { AfterErrorHook } from 'payload'

/**
 * Makes every refusal say why. Payload answers a malformed JSON body with a bare "unknown error". And in the
 * built server Payload's error formatter does not recognise our hooks' ValidationErrors (the bundle renames
 * classes, and `instanceof` sees another copy), so the field-by-field reasons, which the admin shows under
 * each field and the calendar in its alert, were dropped, leaving only "The following field is invalid".
 * Both are put back here; the check is on the error's shape, not its class or name.
 */
export const explainBadRequests: AfterErrorHook = ({ error, result }) => {
  if (error.name === 'SyntaxError' || /JSON/i.test(error.message)) {
    return {
      status: 400,
      response: { errors: [{ message: `The request body is not valid JSON (${error.message}).` }] },
    }
  }
  const { data, status } = error as { data?: { errors?: { message?: unknown }[] }; status?: number }
  const formatted = (result as { errors?: { data?: unknown }[] } | undefined)?.errors
  const fieldErrors = Array.isArray(data?.errors) && data.errors.every((item) => typeof item?.message === 'string')
  if (status === 400 && fieldErrors && !formatted?.some((item) => item.data)) {
    return { status: 400, response: { errors: [{ name: 'ValidationError', data, message: error.message }] } }
  }
}
