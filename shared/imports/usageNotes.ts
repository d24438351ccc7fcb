import { rampTargetUsers } from '../model/initiative'
import type { RowResult } from './rowDrafts'

/** Row numbers as ranges: [2, 3, 4, 7] -> "2–4, 7". */
export function rowRanges(rows: readonly number[]): string {
  const parts: string[] = []
  let i = 0
  while (i < rows.length) {
    const start = rows[i] ?? 0
    let end = start
    while (rows[i + 1] === end + 1) end = rows[++i] ?? end
    parts.push(end === start ? String(start) : `${String(start)}–${String(end)}`)
    i++
  }
  return parts.join(', ')
}

const rowsText = (rows: readonly number[]): string => `Row${rows.length > 1 ? 's' : ''} ${rowRanges(rows)}`

/**
 * Notes on rows that import cleanly but would have no queries, so no inference cost and no value
 * per outcome: no users (users at launch and target both 0; a target of 0 alone keeps the users at
 * launch), or users with no queries per user. Not problems: the import goes ahead, but the person
 * sees it in the preview rather than finding initiatives with zero usage afterwards.
 */
export function noUsageNotes(rows: readonly RowResult[]): string[] {
  const noUsers: number[] = []
  const noQueries: number[] = []
  for (const r of rows) {
    const usage = r.initiative?.usage
    if (!usage) continue
    if (rampTargetUsers(usage) === 0) noUsers.push(r.row)
    else if (usage.queriesPerUserPerMonth === 0) noQueries.push(r.row)
  }
  const notes: string[] = []
  if (noUsers.length > 0)
    notes.push(
      `${rowsText(noUsers)}: no users (Users at launch and Target users are empty or 0), so no queries, no inference cost and no value per outcome. Map a users column (such as "Monthly users") or fill them in later.`,
    )
  if (noQueries.length > 0)
    notes.push(
      `${rowsText(noQueries)}: Queries / user / mo is empty or 0, so no queries, no inference cost and no value per outcome.`,
    )
  return notes
}
