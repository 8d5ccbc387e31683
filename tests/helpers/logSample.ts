// Logs what the server logs, for the logger test: run in a terminal or a pipe, as `npm start` would be.
import { createLogger } from '@/logger'

const logger = createLogger('http')
logger.info({ url: 'http://127.0.0.1:3000', publicUrl: 'https://campaign.example.org' }, 'campaign server listening')
logger.info({ method: 'GET', path: '/services', status: 200, ms: 4 }, 'request')
logger.error({ err: new Error('the database did not answer') }, 'readiness check failed')
