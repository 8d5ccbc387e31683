import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isContentTeam, isContentTeamField } from '@/access/isContentTeam'
import { isWriter } from '@/access/isWriter'
import { publishedAndInDate } from '@/access/publishedAndInDate'
import { serverWritten } from '@/access/serverWritten'
import { platformRules, socialPlatforms } from '@/channels/platforms'
import { renditionKeys } from '@/channels/types'
import { audienceLabels, optionsOf, topicFlagLabels, urgencyLabels } from '@/domain/vocabulary'
import { slugField } from '@/fields/slug'
import { stateLabels, workflowStates } from '@/workflow/states'

import { refreshSiteAfterChange, refreshSiteAfterDelete } from '@/hooks/refreshSite'

import { applyWorkflow } from './hooks/applyWorkflow'
import { attention, languagesSummary } from './hooks/attention'
import { checkContent } from './hooks/checkContent'
import { deriveRenditions } from './hooks/deriveRenditions'
import { noteDraftSave } from './hooks/noteDraftSave'
import { notifyReviewer } from './hooks/notifyReviewer'
import { queueMaterials } from './hooks/queueMaterials'
import { recordTransition } from './hooks/recordTransition'
import { trackTranslations } from './hooks/trackTranslations'

const hiddenFromEveryone = { read: isContentTeamField, update: () => false, create: () => false }
/** Shows the content-check findings for a field right under it. */
const withFindings = { components: { afterInput: ['@/components/admin/FieldFindings#FieldFindings'] } }

/** Who wrote, owns and approved a message is the team's business, not the public's. */
const teamOnly = { read: isContentTeamField }
/** The team reads it; only the server writes it (src/collections/Messages/hooks/applyWorkflow.ts). */
const teamReadsServerWrites = { ...teamOnly, ...serverWritten }

/**
 * A campaign message: written once, reviewed and approved once, then rendered for every channel.
 * The workflow (src/workflow) decides every change of state; the hooks here only apply its decisions.
 */
export const Messages: CollectionConfig<'messages'> = {
  slug: 'messages',
  access: {
    read: publishedAndInDate,
    readVersions: isContentTeam,
    create: isWriter,
    update: isContentTeam,
    delete: isAdmin,
  },
  versions: { drafts: true, maxPerDoc: 100 },
  admin: {
    useAsTitle: 'title',
    // The workflow's state is the status, and its moves (only those open to the person) replace Publish and Unpublish.
    components: {
      edit: {
        Status: '@/components/admin/workflow/WorkflowStatus#WorkflowStatus',
        PublishButton: '@/components/admin/workflow/WorkflowMoves#WorkflowMoves',
        UnpublishButton: '@/components/admin/workflow/WorkflowMoves#NoUnpublish',
      },
    },
    defaultColumns: ['title', 'workflow.state', 'owner', 'reviewBy', 'attention'],
    description:
      'Write, then "Send for review". A reviewer approves; a publisher publishes or schedules. The buttons at the top are the moves open to you. Editing approved words sends a message back to review.',
    // The admin's Preview button: the message page with this draft's words, for the comms team only.
    preview: (doc, { locale }) => (doc?.slug ? `/preview?path=/messages/${String(doc.slug)}&locale=${locale}` : null),
  },
  hooks: {
    beforeOperation: [noteDraftSave],
    beforeChange: [deriveRenditions, checkContent, applyWorkflow, trackTranslations],
    afterChange: [notifyReviewer, recordTransition, queueMaterials, refreshSiteAfterChange],
    afterDelete: [refreshSiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, admin: withFindings },
    slugField('title'),
    {
      name: 'keyMessage',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'One line: the heart of the message.', ...withFindings },
    },
    { name: 'body', type: 'richText', required: true, localized: true, admin: withFindings },
    {
      type: 'row',
      fields: [
        { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
        { name: 'audiences', type: 'select', hasMany: true, required: true, options: optionsOf(audienceLabels) },
      ],
    },
    {
      name: 'signposts',
      label: 'When to seek help',
      type: 'array',
      fields: [
        { name: 'service', type: 'relationship', relationTo: 'services', required: true },
        { name: 'urgency', type: 'select', required: true, options: optionsOf(urgencyLabels) },
        {
          name: 'when',
          type: 'textarea',
          required: true,
          localized: true,
          admin: { description: 'The situations, in plain words: "Contact them if: ..."', ...withFindings },
        },
      ],
    },
    {
      name: 'sources',
      type: 'array',
      admin: { description: 'The evidence behind every fact or figure in the message.' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'supports', type: 'text', admin: { description: 'Which fact this source supports.' } },
        { name: 'url', type: 'text' },
      ],
    },
    {
      name: 'topicFlags',
      type: 'select',
      hasMany: true,
      options: optionsOf(topicFlagLabels),
      admin: { description: 'Sensitive topics: suicide or self-harm content gets extra safety checks.' },
    },
    {
      name: 'renditions',
      type: 'group',
      admin: {
        description:
          'The same approved words, shaped for each channel. Left empty, each is derived from the message. A rendition written before the message changed is marked stale.',
      },
      fields: [
        { name: 'webSummary', type: 'textarea', localized: true, admin: withFindings },
        { name: 'emailBlock', type: 'textarea', localized: true, admin: withFindings },
        {
          name: 'social',
          label: 'Social posts',
          type: 'array',
          fields: [
            {
              name: 'platform',
              type: 'select',
              required: true,
              options: socialPlatforms.map((platform) => ({ label: platformRules[platform].label, value: platform })),
            },
            { name: 'text', type: 'textarea', required: true, localized: true, admin: withFindings },
            { name: 'hashtags', type: 'text', hasMany: true },
            { name: 'image', type: 'upload', relationTo: 'media' },
            { name: 'imageAlt', type: 'text', localized: true, admin: { description: 'What the image shows.' } },
          ],
        },
        {
          name: 'poster',
          type: 'group',
          fields: [
            { name: 'headline', type: 'text', localized: true, admin: withFindings },
            { name: 'strapline', type: 'text', localized: true, admin: withFindings },
          ],
        },
        {
          name: 'oneMinuteConversation',
          label: 'One-minute conversation',
          type: 'array',
          admin: { description: 'Talking points a professional can use with a dad or co-parent.' },
          fields: [{ name: 'point', type: 'text', required: true, localized: true, admin: withFindings }],
        },
        {
          name: 'confirmCurrent',
          label: 'These renditions still fit the message',
          type: 'checkbox',
          virtual: true,
          admin: { description: 'Tick and save to clear the stale marks after checking them.' },
        },
        {
          name: 'stale',
          type: 'select',
          hasMany: true,
          localized: true,
          options: renditionKeys.map((key) => ({ label: key, value: key })),
          access: serverWritten,
          admin: { readOnly: true, description: 'Renditions written before the message last changed.' },
        },
        { name: 'basedOn', type: 'json', localized: true, access: serverWritten, admin: { hidden: true } },
      ],
    },
    {
      name: 'safety',
      label: 'Content checks',
      type: 'group',
      access: teamOnly,
      admin: {
        description:
          'Checked on every save against the campaign\'s language, safety, plain-English and channel rules. A block must be fixed in the words; a warning needs a reviewer\'s justification before approval.',
      },
      fields: [
        {
          name: 'report',
          type: 'ui',
          admin: { components: { Field: '@/components/admin/ContentChecks#ContentChecks' } },
        },
        {
          name: 'accepted',
          label: 'Warnings accepted by a reviewer',
          type: 'array',
          labels: { singular: 'Accepted warning', plural: 'Accepted warnings' },
          // Reviewers accept a warning from the checks panel above; this is the record of who, when and why.
          admin: { readOnly: true },
          fields: [
            { name: 'finding', type: 'text', required: true, admin: { description: 'The finding\'s id, as listed above.' } },
            { name: 'justification', type: 'textarea', required: true },
            { name: 'acceptedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
            { name: 'acceptedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'findings', type: 'json', access: serverWritten, admin: { hidden: true } },
        { name: 'rulesVersion', type: 'text', access: serverWritten, admin: { readOnly: true, description: 'The version of the rules last applied.' } },
      ],
    },
    {
      name: 'workflow',
      type: 'group',
      access: teamOnly,
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          index: true,
          options: workflowStates.map((state) => ({ label: stateLabels[state], value: state })),
          // Shown as words with the moves open to the person; the moves are the buttons at the top.
          admin: { components: { Field: '@/components/admin/workflow/StateField#StateField' } },
        },
        {
          name: 'note',
          type: 'textarea',
          admin: { description: 'Why: kept in the audit trail. Required when returning a message to its author.' },
        },
        {
          name: 'publishAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'For "Scheduled": when it goes live.' },
        },
        { name: 'authors', type: 'relationship', relationTo: 'users', hasMany: true, access: serverWritten, admin: { readOnly: true } },
        { name: 'approvedBy', type: 'relationship', relationTo: 'users', access: serverWritten, admin: { readOnly: true } },
        { name: 'approvedAt', type: 'date', access: serverWritten, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'approvedVersion', type: 'text', access: serverWritten, admin: { readOnly: true } },
        { name: 'approvalPrints', type: 'json', access: serverWritten, admin: { hidden: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'owner',
          type: 'relationship',
          relationTo: 'users',
          access: teamReadsServerWrites,
          admin: { position: 'sidebar', readOnly: true, description: 'Who made it; reminded when its review date comes.' },
        },
        {
          name: 'reviewer',
          type: 'relationship',
          relationTo: 'users',
          access: teamOnly,
          filterOptions: { roles: { contains: 'reviewer' } },
          admin: { position: 'sidebar', description: 'Who is asked to review it.' },
        },
      ],
    },
    {
      name: 'reviewBy',
      type: 'date',
      admin: { position: 'sidebar', description: 'Checked again by this date; after it the message leaves the site.' },
    },
    // When the owner was last reminded of the review date (src/delivery/teamNotices), so reminders stay weekly.
    { name: 'reviewRemindedAt', type: 'date', admin: { hidden: true }, access: hiddenFromEveryone },
    {
      name: 'attention',
      type: 'text',
      virtual: true,
      access: teamOnly,
      admin: { readOnly: true, position: 'sidebar', description: 'What needs doing.' },
      hooks: { afterRead: [attention] },
    },
    {
      name: 'translationStatus',
      type: 'json',
      // Shown through `languages` below: a JSON field would load an editor from a third-party CDN.
      admin: { hidden: true },
      // Public: the site and the feeds need it to say when a page is shown in English. Nobody writes it by hand.
      access: { read: () => true, update: () => false, create: () => false },
    },
    {
      name: 'languages',
      type: 'text',
      virtual: true,
      access: teamOnly,
      admin: { readOnly: true, position: 'sidebar', description: 'Each language: missing, partial, complete or stale.' },
      hooks: { afterRead: [languagesSummary] },
    },
    { name: 'translatedFrom', type: 'text', localized: true, admin: { hidden: true }, access: hiddenFromEveryone },
    { name: 'wordingPrint', type: 'text', localized: true, admin: { hidden: true }, access: hiddenFromEveryone },
    {
      name: 'history',
      type: 'join',
      access: teamOnly,
      collection: 'audit-trail',
      on: 'message',
      admin: { defaultColumns: ['at', 'event', 'by', 'note'] },
    },
  ],
}
