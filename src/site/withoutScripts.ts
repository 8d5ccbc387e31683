/**
 * Parent pages have no interactive parts, so the JavaScript Next adds (its router, React and a second copy of
 * the page as data) only costs a parent on a slow phone time and data. This takes it out of a finished page:
 * every <script> element, and the links that ask the browser to fetch scripts early. What remains is plain
 * HTML and CSS, which is also what a browser with JavaScript turned off sees.
 */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT_ELEMENT, '').replace(LINK_ELEMENT, (tag) => (fetchesScript(tag) ? '' : tag))
}

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi
const LINK_ELEMENT = /<link\b[^>]*>/gi

const fetchesScript = (tag: string) =>
  /\brel=["']?modulepreload\b/i.test(tag) || (/\brel=["']?preload\b/i.test(tag) && /\bas=["']?script\b/i.test(tag))
