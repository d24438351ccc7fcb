import { formatDate, monthText } from '../display/dates'

/**
 * The plan prices each month at the price in force on its first day, so a price from the middle of a
 * month first counts in the next one. Says so for such a date; null for a month's first day.
 */
export function midMonthNote(effectiveFrom: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(effectiveFrom)
  if (!m || m[3] === '01') return null
  const year = Number(m[1])
  const month = Number(m[2])
  const next = month === 12 ? monthText(year + 1, 0) : monthText(year, month)
  return `Prices from ${formatDate(effectiveFrom)} count in the plan from ${next}: the plan prices each month at the price in force on its first day.`
}
