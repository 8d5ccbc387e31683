// Who may do what, as data: docs/access.md is generated from this table, the REST tests check every cell
// against the running API, and the hostile suite (tests/e2e/hostile.test.ts) checks every route the server
// answers, as every persona, against it and the route rules (src/access/routes.ts). Change a collection's
// access functions and this table together; a new persona or collection without an entry fails the tests.

/**
 * Everyone who may knock. A partner who never confirmed their email, and one whose access an admin withdrew,
 * cannot sign in and hold no working session (withdrawing ends them), so they see what a visitor sees.
 */
export const personas = ['anonymous', 'unconfirmedPartner', 'partner', 'revokedPartner', 'editor', 'reviewer', 'publisher', 'admin'] as const
export type Persona = (typeof personas)[number]

export const operations = ['create', 'read', 'update', 'delete'] as const
export type Operation = (typeof operations)[number]

/**
 * yes / no; `published`: only published, in-date items; `own`: only their own account; `level`: by each
 * material's access level (everyone, signed-in partners, or partners an admin named).
 */
export type Verdict = 'yes' | 'no' | 'published' | 'own' | 'level'

type Row = Record<Operation, Verdict>
export type MatrixEntry = {
  collection: string
  kind: 'collection' | 'global'
  /** Payload's own collections, added while it builds the config (their rules: src/access/payloadCollections.ts). */
  builtIn?: boolean
  rights: Record<Persona, Row>
}

const row = (create: Verdict, read: Verdict, update: Verdict, remove: Verdict): Row => ({ create, read, update, delete: remove })
const none = row('no', 'no', 'no', 'no')
const readOnly = row('no', 'yes', 'no', 'no')

/** Partners who cannot sign in hold no session: they get what an anonymous visitor gets. */
const withoutSessions = (rights: Omit<Record<Persona, Row>, 'unconfirmedPartner' | 'revokedPartner'>): Record<Persona, Row> => ({
  ...rights,
  unconfirmedPartner: rights.anonymous,
  revokedPartner: rights.anonymous,
})

const referenceData: Record<Persona, Row> = withoutSessions({
  anonymous: readOnly,
  partner: readOnly,
  editor: row('yes', 'yes', 'yes', 'no'),
  reviewer: readOnly,
  publisher: readOnly,
  admin: row('yes', 'yes', 'yes', 'yes'),
})

/** Plans the comms team makes together (posts, email sends): reviewers read and comment, nobody outside sees them. */
const plannedByTheTeam: Record<Persona, Row> = withoutSessions({
  anonymous: none,
  partner: none,
  editor: row('yes', 'yes', 'yes', 'no'),
  reviewer: row('no', 'yes', 'yes', 'no'),
  publisher: row('yes', 'yes', 'yes', 'no'),
  admin: row('yes', 'yes', 'yes', 'yes'),
})
const adminsOnly = (admin: Row): Record<Persona, Row> => withoutSessions({ anonymous: none, partner: none, editor: none, reviewer: none, publisher: none, admin })
const nobodyAtAll: Record<Persona, Row> = adminsOnly(none)
/** The whole comms team alike, nobody outside it. */
const theTeam = (team: Row): Record<Persona, Row> => withoutSessions({ anonymous: none, partner: none, editor: team, reviewer: team, publisher: team, admin: team })

export const accessMatrix: MatrixEntry[] = [
  {
    collection: 'messages',
    kind: 'collection',
    rights: withoutSessions({
      anonymous: row('no', 'published', 'no', 'no'),
      partner: row('no', 'published', 'no', 'no'),
      editor: row('yes', 'yes', 'yes', 'no'),
      reviewer: row('no', 'yes', 'yes', 'no'),
      publisher: row('no', 'yes', 'yes', 'no'),
      admin: row('yes', 'yes', 'yes', 'yes'),
    }),
  },
  { collection: 'themes', kind: 'collection', rights: referenceData },
  { collection: 'services', kind: 'collection', rights: referenceData },
  { collection: 'awareness-dates', kind: 'collection', rights: referenceData },
  {
    collection: 'venues',
    kind: 'collection',
    rights: { ...referenceData, anonymous: none, unconfirmedPartner: none, partner: none, revokedPartner: none },
  },
  {
    collection: 'media',
    kind: 'collection',
    rights: withoutSessions({
      anonymous: readOnly,
      partner: readOnly,
      editor: row('yes', 'yes', 'yes', 'yes'),
      reviewer: row('yes', 'yes', 'yes', 'no'),
      publisher: row('yes', 'yes', 'yes', 'no'),
      admin: row('yes', 'yes', 'yes', 'yes'),
    }),
  },
  {
    collection: 'materials',
    kind: 'collection',
    rights: withoutSessions({
      anonymous: row('no', 'level', 'no', 'no'),
      partner: row('no', 'level', 'no', 'no'),
      editor: row('yes', 'yes', 'yes', 'no'),
      reviewer: row('no', 'yes', 'yes', 'no'),
      publisher: row('no', 'yes', 'yes', 'no'),
      admin: row('yes', 'yes', 'yes', 'yes'),
    }),
  },
  {
    collection: 'kits',
    kind: 'collection',
    rights: withoutSessions({
      anonymous: readOnly,
      partner: readOnly,
      editor: row('yes', 'yes', 'yes', 'no'),
      reviewer: row('yes', 'yes', 'yes', 'no'),
      publisher: row('yes', 'yes', 'yes', 'no'),
      admin: row('yes', 'yes', 'yes', 'yes'),
    }),
  },
  {
    collection: 'download-counts',
    kind: 'collection',
    // Written only by the download endpoints, as the system.
    rights: adminsOnly(row('no', 'yes', 'no', 'yes')),
  },
  {
    collection: 'qr-visits',
    kind: 'collection',
    // Written only by the /q/ address a poster's QR code opens, as the system.
    rights: adminsOnly(row('no', 'yes', 'no', 'yes')),
  },
  {
    collection: 'page-visits',
    kind: 'collection',
    // Written only by the servers' visit counting, as the system; the team sees them in the Insight view.
    rights: adminsOnly(row('no', 'yes', 'no', 'yes')),
  },
  {
    collection: 'helpful-answers',
    kind: 'collection',
    // Written only by the "Was this page helpful?" endpoint, as the system.
    rights: adminsOnly(row('no', 'yes', 'no', 'yes')),
  },
  // The comms team plans posts; only publishers and admins schedule (a rule in the collection).
  { collection: 'social-posts', kind: 'collection', rights: plannedByTheTeam },
  // The outgoing webhook's delivery log, written by the system; an admin may set a failed one back to pending.
  { collection: 'webhook-deliveries', kind: 'collection', rights: adminsOnly(row('no', 'yes', 'yes', 'yes')) },
  // No personal data: the comms team plans sends; only publishers and admins schedule (a rule in the collection).
  { collection: 'email-campaigns', kind: 'collection', rights: plannedByTheTeam },
  // Who is on which list is personal data: admins only.
  { collection: 'mailing-lists', kind: 'collection', rights: adminsOnly(row('yes', 'yes', 'yes', 'yes')) },
  { collection: 'subscribers', kind: 'collection', rights: adminsOnly(row('yes', 'yes', 'yes', 'yes')) },
  // Written only by the sender, as the system.
  { collection: 'email-deliveries', kind: 'collection', rights: adminsOnly(row('no', 'yes', 'no', 'yes')) },
  // Work claimed by running processes, and the processes themselves: only the system writes; admins may look.
  { collection: 'leases', kind: 'collection', rights: adminsOnly(row('no', 'yes', 'no', 'no')) },
  // Kept as a keyed hash of the address; an entry is never edited, only added or lifted.
  { collection: 'suppressions', kind: 'collection', rights: adminsOnly(row('yes', 'yes', 'no', 'yes')) },
  {
    collection: 'audit-trail',
    kind: 'collection',
    rights: theTeam(readOnly),
  },
  // The public site's content version: written and read only by the server, with access overridden.
  { collection: 'site-changes', kind: 'collection', rights: adminsOnly(none) },
  {
    collection: 'users',
    kind: 'collection',
    rights: withoutSessions({
      anonymous: none,
      partner: row('no', 'own', 'own', 'no'),
      editor: row('no', 'own', 'own', 'no'),
      reviewer: row('no', 'own', 'own', 'no'),
      publisher: row('no', 'own', 'own', 'no'),
      admin: row('yes', 'yes', 'yes', 'yes'),
    }),
  },
  // Payload's own collections: the admin's document locks (the team may take over a colleague's), each
  // person's admin preferences, and the server's bookkeeping nobody reads over the API.
  { collection: 'payload-locked-documents', kind: 'collection', builtIn: true, rights: theTeam(row('yes', 'yes', 'yes', 'yes')) },
  { collection: 'payload-preferences', kind: 'collection', builtIn: true, rights: theTeam(row('yes', 'own', 'own', 'own')) },
  { collection: 'payload-jobs', kind: 'collection', builtIn: true, rights: nobodyAtAll },
  { collection: 'payload-kv', kind: 'collection', builtIn: true, rights: nobodyAtAll },
  { collection: 'payload-migrations', kind: 'collection', builtIn: true, rights: nobodyAtAll },
  {
    collection: 'campaign-settings',
    kind: 'global',
    rights: withoutSessions({
      anonymous: row('no', 'yes', 'no', 'no'),
      partner: row('no', 'yes', 'no', 'no'),
      editor: row('no', 'yes', 'no', 'no'),
      reviewer: row('no', 'yes', 'no', 'no'),
      publisher: row('no', 'yes', 'yes', 'no'),
      admin: row('no', 'yes', 'yes', 'no'),
    }),
  },
  // Payload's own: the job scheduler's record of when scheduled work last ran. Only the scheduler touches it.
  { collection: 'payload-jobs-stats', kind: 'global', builtIn: true, rights: nobodyAtAll },
]

const symbol: Record<Verdict, string> = {
  yes: 'yes',
  no: '-',
  published: 'published only',
  own: 'own only',
  level: "by the material's access level",
}

/** The matrix as a Markdown table, one row per collection and persona. */
export function accessTable(): string {
  const lines = ['| collection | who | create | read | update | delete |', '|---|---|---|---|---|---|']
  for (const entry of accessMatrix) {
    for (const persona of personas) {
      const rights = entry.rights[persona]
      const name = entry.kind === 'global' ? `${entry.collection} (global)` : entry.collection
      lines.push(`| ${name} | ${persona} | ${operations.map((operation) => symbol[rights[operation]]).join(' | ')} |`)
    }
  }
  return lines.join('\n')
}
