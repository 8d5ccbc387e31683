import type { AfterErrorHook } from 'payload'

/**
 * Makes every refusal say why. Payload answers a malformed JSON body with a bare "unknown error". And in the
 * built server our hooks' ValidationErrors come from a different copy of Payload's classes than its error
 * formatter checks against, so the field-by-field reasons (what the admin shows under each field, and the
 * calendar in its alert) were dropped, leaving only "The following field is invalid". Both are put back here.
 */
export const explainBadRequests: AfterErrorHook = ({ error, result }) => {
  if (error.name === 'SyntaxError' || /JSON/i.test(error.message)) {
    return {
      status: 400,
      response: { errors: [{ message: `The request body is not valid JSON (${error.message}).` }] },
    }
  }
  const data = (error as { data?: { errors?: unknown[] } }).data
  const formatted = (result as { errors?: { data?: unknown }[] } | undefined)?.errors
  if (error.name === 'ValidationError' && Array.isArray(data?.errors) && !formatted?.some((item) => item.data)) {
    return { status: 400, response: { errors: [{ name: error.name, data, message: error.message }] } }
  }
}
