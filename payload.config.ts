// The table of contents: storage, content model, locales and jobs. Details live beside each collection.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import '@/renderers/sharpMemory'

import { AuditTrail } from '@/collections/AuditTrail'
import { AwarenessDates } from '@/collections/AwarenessDates'
import { DownloadCounts } from '@/collections/DownloadCounts'
import { EmailCampaigns } from '@/collections/EmailCampaigns'
import { EmailDeliveries } from '@/collections/EmailDeliveries'
import { Kits } from '@/collections/Kits'
import { Leases } from '@/collections/Leases'
import { MailingLists } from '@/collections/MailingLists'
import { materialsCollection } from '@/collections/Materials'
import { moveMaterialsOutOfMedia } from '@/collections/Materials/oldFolder'
import { mediaCollection } from '@/collections/Media'
import { Messages } from '@/collections/Messages'
import { HelpfulAnswers } from '@/collections/HelpfulAnswers'
import { PageVisits } from '@/collections/PageVisits'
import { QrVisits } from '@/collections/QrVisits'
import { Services } from '@/collections/Services'
import { SiteChanges } from '@/collections/SiteChanges'
import { SocialPosts } from '@/collections/SocialPosts'
import { Subscribers } from '@/collections/Subscribers'
import { Suppressions } from '@/collections/Suppressions'
import { Themes } from '@/collections/Themes'
import { usersCollection } from '@/collections/Users'
import { Venues } from '@/collections/Venues'
import { WebhookDeliveries } from '@/collections/WebhookDeliveries'
import { closePayloadsOwnCollections, dropAddressesWithNothingBehind } from '@/access/payloadCollections'
import { databaseAdapter } from '@/config/databaseAdapter'
import { emailAdapter } from '@/config/email'
import { locales } from '@/config/locales'
import { keepDataPrivate } from '@/config/privateFiles'
import { loadSettings } from '@/config/settings'
import { calendarEndpoints } from '@/endpoints/calendar'
import { contentCheckEndpoint, contentReportEndpoint } from '@/endpoints/contentCheck'
import { emailPreviewEndpoints } from '@/endpoints/emailPreviews'
import { helpfulEndpoint } from '@/endpoints/helpful'
import { insightCsvEndpoint } from '@/endpoints/insight'
import { partnerEndpoints } from '@/endpoints/partners'
import { subscriptionEndpoints } from '@/endpoints/subscriptions'
import { CampaignSettings } from '@/globals/CampaignSettings'
import { explainBadRequests } from '@/hooks/explainBadRequests'
import { checkIdsFirst } from '@/hooks/wellFormedIds'
import { explainStorageFaults } from '@/hooks/explainStorageFaults'
import { generateMaterialsTask } from '@/jobs/generateMaterials'
import { publishingScheduleTask } from '@/jobs/publishingSchedule'
import { sendEmailCampaignsTask } from '@/jobs/sendEmailCampaigns'
import { remindReviewDatesTask } from '@/jobs/remindReviewDates'
import { publishSocialPostsTask } from '@/jobs/publishSocialPosts'
import { deliverWebhooksTask } from '@/jobs/deliverWebhooks'
import { createLogger } from '@/logger'
import { offerContentFeed } from '@/site/offerFeed'
import { offerVisitStore } from '@/insight/bridge'
import { registerWriteProbe } from '@/storage/writeProbe'
import { hasRole } from '@/domain/roles'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = loadSettings()
// Before the adapter opens the database: the data folder and the database file, readable by this user only.
keepDataPrivate(settings)
const onlyAdmins = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as never, 'admin')

// Payload adds its own collections and addresses while building; they then get the team's rules, and addresses
// with nothing behind them go (src/access/payloadCollections.ts).
export default buildConfig({
  serverURL: settings.publicUrl,
  secret: settings.secret,
  db: databaseAdapter(settings.database),
  email: emailAdapter(settings),
  collections: [
    Messages,
    Themes,
    Services,
    AwarenessDates,
    Venues,
    mediaCollection(settings.mediaDir),
    materialsCollection(settings.materialsDir),
    Kits,
    DownloadCounts,
    QrVisits,
    PageVisits,
    HelpfulAnswers,
    SocialPosts,
    WebhookDeliveries,
    EmailCampaigns,
    MailingLists,
    Subscribers,
    EmailDeliveries,
    Suppressions,
    AuditTrail,
    usersCollection({ secureCookies: settings.publicUrl.startsWith('https:') }),
    SiteChanges,
    Leases,
  ],
  globals: [CampaignSettings],
  localization: locales,
  jobs: {
    tasks: [publishingScheduleTask, generateMaterialsTask, sendEmailCampaignsTask, remindReviewDatesTask, publishSocialPostsTask, deliverWebhooksTask],
    // No autoRun: Payload would start its runner in any process on its first request. The processes that run
    // jobs start ours explicitly (src/jobs/runner.ts): `npm start` unless JOBS=off, and `campaign worker`.
    access: { run: onlyAdmins, queue: onlyAdmins, cancel: onlyAdmins },
  },
  editor: lexicalEditor(),
  sharp,
  logger: createLogger('payload'),
  upload: {
    // Refuse, rather than truncate, anything over the limit.
    limits: { fileSize: 10 * 1024 * 1024 },
    abortOnLimit: true,
  },
  admin: {
    user: 'users',
    // Gravatar is a third party: no requests leave the site.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Nurturing Little Hearts campaign' },
    components: {
      // The team's home (src/home): what needs me, this week and next. The pause banner tops every admin page.
      header: ['@/components/admin/PauseBanner#PauseBanner'],
      // The team reaches the email templates and the calendar from the nav; each view checks who is signed in itself.
      afterNavLinks: [
        { path: '@/components/admin/NavLink#NavLink', clientProps: { group: 'Email tools', label: 'Email templates', path: '/email-templates', id: 'nav-email-templates' } },
        { path: '@/components/admin/NavLink#NavLink', clientProps: { group: 'Planning', label: 'Calendar', path: '/calendar', id: 'nav-calendar' } },
        // Insight (issue 17): reach, places and helpfulness, from counts only; the whole team sees it.
        { path: '@/components/admin/NavLink#NavLink', clientProps: { group: 'Insight', label: 'Insight', path: '/insight', id: 'nav-insight' } },
      ],
      views: {
        dashboard: { Component: '@/components/admin/home/CampaignHome#CampaignHome' },
        emailTemplates: {
          Component: '@/components/admin/EmailTemplatesView#EmailTemplatesView',
          path: '/email-templates',
          exact: true,
          meta: { title: 'Email templates' },
        },
        calendar: {
          Component: '@/components/admin/CalendarView#CalendarView',
          path: '/calendar',
          exact: true,
          meta: { title: 'Campaign calendar' },
        },
        insight: { Component: '@/components/admin/InsightView#InsightView', path: '/insight', exact: true, meta: { title: 'Insight' } },
      },
    },
  },
  endpoints: [contentCheckEndpoint, contentReportEndpoint, ...partnerEndpoints, ...subscriptionEndpoints, ...emailPreviewEndpoints, ...calendarEndpoints, helpfulEndpoint, insightCsvEndpoint],
  hooks: { afterError: [explainBadRequests, explainStorageFaults] },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  onInit: async (payload) => {
    // Every server process follows the content version in the database (src/site/changeLog.ts).
    offerContentFeed(payload)
    // The server's page visit counts are written through this Payload (src/insight/).
    offerVisitStore(payload)
    // Readiness (/readyz) writes one small record through this Payload, so "ready" means saves work now.
    registerWriteProbe(payload)
    // A data folder from an earlier version may still keep partner materials inside the public media folder.
    await moveMaterialsOutOfMedia(settings, payload.logger)
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
  .then(closePayloadsOwnCollections)
  .then(dropAddressesWithNothingBehind)
  .then(checkIdsFirst)
