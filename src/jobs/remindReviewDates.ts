import type { TaskConfig } from 'payload'

import { remindOwners } from '@/delivery/teamNotices'
import { PUBLISHING_QUEUE } from './publishingSchedule'
import { ownRequest } from './task'

/** Every morning, owners hear about their messages coming up for review, so nothing drops off the site unseen. */
export const remindReviewDatesTask: TaskConfig<'remindReviewDates'> = {
  slug: 'remindReviewDates',
  label: 'Remind owners of review dates',
  schedule: [{ cron: '0 0 8 * * *', queue: PUBLISHING_QUEUE }],
  retries: 2,
  outputSchema: [
    { name: 'owners', type: 'number' },
    { name: 'messages', type: 'number' },
  ],
  handler: ownRequest(
    (req) => remindOwners(req.payload),
    () => ({ owners: 0, messages: 0 }),
  ),
}
