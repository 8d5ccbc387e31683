import { notFound } from 'next/navigation'

// Any address the site does not know gets the campaign's own helpful 404, not Next's bare one.
export default function Missing() {
  notFound()
}
