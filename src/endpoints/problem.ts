/** The error shape Payload's own API uses, so clients read ours the same way: { errors: [{ message }] }. */
export const problem = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })
