import { MAX_LISTED_ISSUES } from './limits'

/** A reason a file is refused: the row as the file numbers it (null for the whole file), the field and the rule. */
export interface ActualsIssue {
  row: number | null
  field: string
  rule: string
  message: string
}

/** Issues found while reading, listed up to MAX_LISTED_ISSUES; the count covers all. */
export class IssueList {
  readonly listed: ActualsIssue[] = []
  count = 0
  /** What a numbered row is called in messages: "Row" in a table, "Record" in JSON. */
  rowName = 'Row'

  add(row: number | null, field: string, rule: string, message?: string): void {
    this.count++
    if (this.listed.length >= MAX_LISTED_ISSUES) return
    const where = row === null ? 'The file' : `${this.rowName} ${row}`
    this.listed.push({ row, field, rule, message: message ?? `${where}: ${field} ${rule}.` })
  }
}

/** Messages said once, however many rows give rise to them (a trap noticed, a column ignored). */
export class WarningList {
  private readonly seen = new Set<string>()
  readonly listed: string[] = []

  add(message: string): void {
    if (this.seen.has(message) || this.listed.length >= MAX_LISTED_ISSUES) return
    this.seen.add(message)
    this.listed.push(message)
  }
}
