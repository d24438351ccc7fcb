/** Calendar labels of month indexes: t = 0 is the portfolio's start month (YYYY-MM). */

export function monthLabel(startMonth: string, t: number): string {
  const year = Number(startMonth.slice(0, 4))
  const month = Number(startMonth.slice(5, 7)) - 1 + t
  const y = year + Math.floor(month / 12)
  const m = ((month % 12) + 12) % 12
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`
}

export function monthLabels(startMonth: string, months: number): string[] {
  return Array.from({ length: months }, (_, t) => monthLabel(startMonth, t))
}
