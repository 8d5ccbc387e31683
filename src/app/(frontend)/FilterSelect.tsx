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
