import type { RequestHandler } from 'express'
import helmet from 'helmet'

type Options = { https: boolean; development: boolean }

/**
 * Headers for every response. The public site loads nothing from other hosts, so the policy allows
 * only this origin. Next's hydration and the admin need inline scripts and styles.
 */
export function securityHeaders({ https, development }: Options): RequestHandler[] {
  const scriptSrc = ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])]
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc,
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", ...(development ? ['ws:'] : [])],
          mediaSrc: ["'self'", 'blob:'],
          workerSrc: ["'self'", 'blob:'],
          frameSrc: ["'self'"],
          frameAncestors: ["'self'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      // Parents leaving for a service's site should not carry the campaign page they came from.
      referrerPolicy: { policy: 'same-origin' },
      frameguard: { action: 'sameorigin' },
      strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    }),
    (_req, res, next) => {
      res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), browsing-topics=()')
      next()
    },
  ]
}
