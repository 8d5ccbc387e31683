import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { organisationKindLabels } from '@/domain/materials'
import { hasRole, roles } from '@/domain/roles'
import { districtLabels, optionsOf } from '@/domain/vocabulary'

import { endSessionsOnRevoke, refuseInactivePartners } from './hooks/partnerSignIn'
import { countSuccessfulSignIn, forgetCountsOnUnlock, limitSignIns } from './hooks/signInLimits'

/** Everyone who signs in: the comms team and partner organisations. `secureCookies` when the site is served over https. */
export const usersCollection = ({ secureCookies }: { secureCookies: boolean }): CollectionConfig<'users'> => ({
  slug: 'users',
  auth: {
    // No lockout of the account itself: anyone who knows an address could use it to keep a team member out.
    // Wrong passwords lock out the connection that typed them instead (src/auth/signInLimits.ts).
    maxLoginAttempts: 0,
    // Reset emails are limited per address and per connection in memory (src/auth/signInLimits.ts). Payload's
    // own interval would reserve the address with a write outside the request's transaction while that
    // transaction holds the database's one writer (src/storage/writeGate.ts): every reset would wait 30 s and fail.
    forgotPassword: { minRequestInterval: 0 },
    useAPIKey: false,
    // Over https the sign-in cookie is never sent over plain http. Lax: a link from an email still opens the admin signed in.
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
  },
  // A person shown inside another record (a message's authors, an audit entry) carries who they are, nothing more.
  defaultPopulate: { name: true, email: true, roles: true },
  access: {
    admin: ({ req: { user } }) => Boolean(user && user.roles?.some((role) => role !== 'partner')),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload's default is any signed-in account, which would let a partner undo a lockout.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [limitSignIns],
    beforeLogin: [refuseInactivePartners],
    afterLogin: [countSuccessfulSignIn],
    afterOperation: [forgetCountsOnUnlock],
    beforeChange: [endSessionsOnRevoke],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      // Nobody grants themselves a role: only admins change roles.
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Editor writes; reviewer approves (never their own work); publisher schedules and publishes; partner reads partner materials.',
      },
    },
    {
      name: 'reviewerFor',
      label: 'Reviews as',
      type: 'select',
      hasMany: true,
      options: [
        { label: 'Clinical', value: 'clinical' },
        { label: 'Safeguarding', value: 'safeguarding' },
        { label: 'Lived experience', value: 'lived-experience' },
      ],
      access: { create: isAdminField, update: isAdminField },
      admin: {
        condition: (data) => Boolean(data?.roles?.includes('reviewer')),
        description: 'Content about suicide or self-harm needs a clinical or safeguarding reviewer.',
      },
    },
    {
      type: 'collapsible',
      label: 'Partner organisation',
      admin: { condition: (data) => Boolean(data?.roles?.includes('partner')) },
      // Used only to count downloads by kind of organisation and district, never to list who downloaded what.
      fields: [
        {
          name: 'partnerStatus',
          type: 'select',
          options: [
            { value: 'unverified', label: 'Signed up, email not yet confirmed' },
            { value: 'active', label: 'Active' },
            { value: 'revoked', label: 'Revoked' },
          ],
          // Only admins approve or revoke; a partner confirming their email makes them active.
          access: { create: isAdminField, update: isAdminField },
          admin: { description: 'Revoke to withdraw access to partner materials at once. Accounts an admin creates are active.' },
        },
        { name: 'organisation', type: 'text' },
        { name: 'organisationKind', type: 'select', options: optionsOf(organisationKindLabels) },
        { name: 'jobRole', type: 'text', label: 'What they do there' },
        { name: 'district', type: 'select', options: optionsOf(districtLabels) },
        { name: 'venueName', type: 'text', label: 'Venue (if one)' },
      ],
    },
    {
      // The secret in this person's calendar feed address (src/endpoints/calendar.ts makes and replaces it).
      // Whoever holds it reads the campaign calendar, so only its owner and admins see it, and nobody types it.
      name: 'calendarToken',
      type: 'text',
      index: true,
      access: {
        read: ({ req: { user }, doc }) => hasRole(user, 'admin') || Boolean(user && doc && user.id === doc.id),
        create: () => false,
        update: () => false,
      },
      admin: {
        readOnly: true,
        disableListColumn: true,
        disableListFilter: true,
        condition: (data) => Boolean(data?.calendarToken),
        description: 'The key in your calendar feed address. Ask for a new address in the calendar to stop the old one working.',
      },
    },
  ],
})
