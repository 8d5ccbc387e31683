import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** GET /preview/exit: back to the site as visitors see it. */
export async function GET(): Promise<Response> {
  ;(await draftMode()).disable()
  redirect('/')
}
