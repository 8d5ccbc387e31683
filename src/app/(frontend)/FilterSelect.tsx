type Props = { name: string; label: string; any: string; value?: string; options: { value: string; label: string }[] }

/** One filter of a GET form: a labelled select whose first choice is "any". */
export function FilterSelect({ name, label, any, value, options }: Props) {
  return (
    <p>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  )
}

type EndProps = { searchLabel: string; query?: string; show: string; clear: string; clearHref: string }

/** The end of every filter form: free-text search, then show and clear. */
export function FilterSearchAndSubmit({ searchLabel, query, show, clear, clearHref }: EndProps) {
  return (
    <>
      <p>
        <label htmlFor="q">{searchLabel}</label>
        <input id="q" name="q" type="search" defaultValue={query} autoComplete="off" />
      </p>
      <p className="filters__actions">
        <button type="submit">{show}</button> <a href={clearHref}>{clear}</a>
      </p>
    </>
  )
}
