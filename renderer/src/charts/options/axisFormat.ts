/** Axis and tooltip number formats for charts; full precision stays in the grid and exports. */

const compactCache = new Map<string, Intl.NumberFormat>()

/** "$1.2M", "€950K": short money for axis ticks. */
export function compactMoney(value: number, currency: string): string {
  let f = compactCache.get(currency)
  if (!f) {
    f = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })
    compactCache.set(currency, f)
  }
  return f.format(value)
}

/** Money with enough digits for unit costs (a cent fraction per query stays visible). */
export function unitMoney(value: number, currency: string): string {
  const abs = Math.abs(value)
  const digits = abs === 0 ? 2 : abs < 0.01 ? 5 : abs < 1 ? 4 : 2
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** 'YYYY-MM' -> 'Jan 2027'; anything else is returned unchanged. */
export function calendarMonth(label: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(label)
  if (!m) return label
  const name = MONTH_NAMES[Number(m[2]) - 1]
  return name ? `${name} ${m[1]}` : label
}

/** Whole money for KPI figures: "$1,234,567". */
export function wholeMoney(value: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value)
}

/** A ratio as a percentage: 0.123 -> "12.3%"; null -> "—". */
export function percentText(ratio: number | null, digits = 1): string {
  if (ratio === null) return '—'
  return `${(ratio * 100).toFixed(digits)}%`
}
