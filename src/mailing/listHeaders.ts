// The headers that mark an email as list mail: what a mail program needs to show the reader which list it came
// from (RFC 2919) and an Unsubscribe button that works in one click (RFC 2369, RFC 8058).
//
// Which emails carry them: every email a person gets because they are on a list, the welcome included (it is
// the first email of the list, sent once they joined). Not the confirmation ("please confirm") or the
// "you are already subscribed" email: those answer a request made on the sign-up form, the address is not a
// member of any list when the confirmation goes, and an Unsubscribe button there would offer to stop a list
// that sends them nothing (RFC 2369 headers describe the list that distributed a message; these did not come
// through one). RFC 8058 also asks that the mail server's DKIM signature covers both List-Unsubscribe headers.

/** A mailing list as the headers name it: its stable slug and its name. */
export type ListIdentity = { slug: string; name: string }

export type ListHeaders = {
  'List-Unsubscribe': string
  'List-Unsubscribe-Post': string
  'List-Id': string
}

export function listHeaders({ list, host, unsubscribeUrl }: { list: ListIdentity; host: string; unsubscribeUrl: string }): ListHeaders {
  return {
    // A POST to this address with "List-Unsubscribe=One-Click" stops the list at once; no page, no login.
    'List-Unsubscribe': `<${unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': listId(list, host),
  }
}

/**
 * RFC 2919: a name for people, then `<label.domain>` under a domain the campaign controls, the same for every
 * email of the list, so a reader's filter catches them all. The name is written as plain words (letters,
 * digits, spaces, hyphens): a phrase with quotes or accents would be sent MIME-encoded, which some mail
 * programs then show as gibberish.
 */
export function listId(list: ListIdentity, host: string): string {
  const label = list.slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'list'
  const phrase = plainWords(list.name)
  return phrase ? `${phrase} <${label}.${host}>` : `<${label}.${host}>`
}

const plainWords = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim()
