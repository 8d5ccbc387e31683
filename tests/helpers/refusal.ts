/** The reasons a save was refused, field by field, as the admin shows them; "saved" when it was not refused. */
export async function refusal(saving: Promise<unknown>): Promise<string> {
  try {
    await saving
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []
    return errors.map((item) => item.message).join(' | ') || String(error)
  }
  return 'saved'
}
