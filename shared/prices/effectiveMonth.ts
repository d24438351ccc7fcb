/**
 * The plan prices each month at the price in force on its first day, so a price from the middle of a
 * month first counts in the next one. Says so for such a date; null for a month's first day.
 */
export function midMonthNote(effectiveFrom: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(effectiveFrom)
  if (!m || m[3] === '01') return null
  const year = Number(m[1])
  const month = Number(m[2])
  const next = month === 12 ? `${String(year + 1)}-01` : `${String(year)}-${String(month + 1).padStart(2, '0')}`
  return `Prices from ${effectiveFrom} count in the plan from ${next}: the plan prices each month at the price in force on its first day.`
}
