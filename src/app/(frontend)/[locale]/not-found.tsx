import { NotFoundMessage } from '../NotFoundMessage'

// Next's own 404 (an unknown language, say). Pages render NotFoundMessage themselves; see its comment.
export default function NotFound() {
  return <NotFoundMessage />
}
