/** Calendar arithmetic on 'YYYY-MM' month strings, without Date (no time zones, no clock). */

/** The first day of month index t counted from startMonth ('YYYY-MM'), as 'YYYY-MM-01'. */
export function firstDayOfMonth(startMonth: string, t: number): string {
  const year = Number(startMonth.slice(0, 4))
  const month0 = Number(startMonth.slice(5, 7)) - 1
  const total = year * 12 + month0 + t
  const y = Math.floor(total / 12)
  const m = total - y * 12 + 1
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`
}
