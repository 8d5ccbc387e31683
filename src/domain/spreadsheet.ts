// Every CSV we hand out is opened in a spreadsheet sooner or later. A cell that starts with = + - @ (or a tab
// or carriage return, which some programs skip before looking) is read as a formula, which can run commands
// or send the sheet's contents elsewhere. One rule for every export: such a cell starts with an apostrophe,
// which spreadsheets show as text and do not display.

const FORMULA_START = /^[=+\-@\t\r]/

/** Would a spreadsheet read this cell as a formula? */
export const looksLikeFormula = (value: string): boolean => FORMULA_START.test(value)

/** The cell as text a spreadsheet shows and never runs. */
export function spreadsheetSafe(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  return looksLikeFormula(text) ? `'${text}` : text
}
