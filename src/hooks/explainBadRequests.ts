import type { AfterErrorHook } from 'payload'

/** What the form reader (busboy) says about a multipart body it cannot read. */
const unreadableForm = /Malformed part header|Unexpected end of (?:form|multipart data|file)|Multipart: Boundary not found|Malformed urlencoded form|Part terminated early/i

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
  // A broken upload form (Payload's form reader reports it as a server error).
  if (unreadableForm.test(error.message)) {
    return { status: 400, response: { errors: [{ message: 'The request body could not be read as a form. Send JSON, or a well-formed multipart form.' }] } }
  }
  // A draft save with no document in it at all (a body Payload could not read): Payload marks the missing
  // document as a draft and fails.
  if (error.name === 'TypeError' && /Cannot set properties of undefined \(setting '_status'\)/.test(error.message)) {
    return { status: 400, response: { errors: [{ message: 'The request has no document in it. Send the document as JSON.' }] } }
  }
  // An id the database cannot even look for: there is no such document, and the query's text is nobody's business.
  if (/^Failed query/.test(error.message)) {
    return /params: .*NaN/.test(error.message)
      ? { status: 404, response: { errors: [{ message: 'Not Found' }] } }
      : { status: 500, response: { errors: [{ message: 'Something went wrong.' }] } }
  }
  const { data, status } = error as { data?: { errors?: { message?: unknown }[] }; status?: number }
  const formatted = (result as { errors?: { data?: unknown }[] } | undefined)?.errors
  const fieldErrors = Array.isArray(data?.errors) && data.errors.every((item) => typeof item?.message === 'string')
  if (status === 400 && fieldErrors && !formatted?.some((item) => item.data)) {
    return { status: 400, response: { errors: [{ name: 'ValidationError', data, message: error.message }] } }
  }
  // Our own refusals meant for the person (too many tries, a partner who may not sign in): in the built server
  // Payload does not recognise their class and hides the message, leaving only the status.
  if ((error as { isPublic?: boolean }).isPublic && status && status >= 400 && status < 500) {
    return { status, response: { errors: [{ message: error.message, ...(data ? { data } : {}) }] } }
  }
}
