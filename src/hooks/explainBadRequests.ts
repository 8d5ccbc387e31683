import type { AfterErrorHook } from 'payload'

/** Payload answers a malformed JSON body with a bare "unknown error"; tell the client what was wrong. */
export const explainBadRequests: AfterErrorHook = ({ error }) => {
  if (error.name === 'SyntaxError' || /JSON/i.test(error.message)) {
    return {
      status: 400,
      response: { errors: [{ message: `The request body is not valid JSON (${error.message}).` }] },
    }
  }
}
