// Next renders a page's 404 (notFound()) in the browser from its scripts, leaving the server's HTML blank, and
// parent pages carry no scripts. So "not found" pages render our own message as an ordinary page with this
// marker in their <head>, and the Express shell turns the answer into a real 404 (src/site/captureHtml.ts).
export const NOT_FOUND_MARKER = { name: 'campaign-status', content: '404' } as const

export const hasNotFoundMarker = (html: string) =>
  html.includes(`<meta name="${NOT_FOUND_MARKER.name}" content="${NOT_FOUND_MARKER.content}"`)
