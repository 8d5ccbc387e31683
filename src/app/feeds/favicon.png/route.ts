import { campaignIconResponse } from '@/feeds/icon'

// Drawn on first request rather than at build, so the build needs no image work.
export const dynamic = 'force-dynamic'

export const GET = () => campaignIconResponse('small')
