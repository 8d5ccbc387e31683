import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>We could not find that page</h1>
      <p>The link may be old, or the page may have moved.</p>
      <ul>
        <li>
          <Link href="/">Go to the campaign home page</Link>
        </li>
        <li>
          <Link href="/get-help">Find out how to get help now</Link>
        </li>
      </ul>
    </section>
  )
}
