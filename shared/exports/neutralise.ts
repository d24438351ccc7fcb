/**
 * Spreadsheet formula-injection defence (OWASP "CSV Injection"): a text cell that a
 * spreadsheet could read as a formula is prefixed with an apostrophe. Only text is
 * touched; numbers are written as numbers, so a negative number stays a number.
 */
const DANGEROUS_FIRST = new Set(['=', '+', '-', '@', '\t', '\r', '\n'])

export function isFormulaLike(text: string): boolean {
  return text.length > 0 && DANGEROUS_FIRST.has(text.charAt(0))
}

export function neutraliseText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text
}
