import type { TaskConfig } from 'payload'

/** Placeholder: the signed webhook's delivery job is being written. */
export const deliverWebhooksTask: TaskConfig<'deliverWebhooks'> = {
  slug: 'deliverWebhooks',
  label: 'Deliver signed webhooks',
  handler: async () => ({ output: {} }),
}
