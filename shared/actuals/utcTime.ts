/**
 * Days and months in UTC. Exports write times in UTC ("2026-01-31T00:00:00Z"), with an offset
 * ("2026-01-31T23:30:00-02:00", which is 1 February in UTC), as a bare date, or as Unix seconds.
 * Every line is filed under the UTC calendar month its charge period starts in.
 */

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Earliest and latest day accepted: outside, a date is a typo (0202) or a placeholder (9999-12-31). */
const FIRST_YEAR = 2000
const LAST_YEAR = 2100

function dayOf(ms: number): string | null {
  const d = new Date(ms)
  const y = d.getUTCFullYear()
  if (Number.isNaN(ms) || y < FIRST_YEAR || y > LAST_YEAR) return null
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** Milliseconds since 1970 (UTC) of a timestamp or date, or null when it is not one this reads. */
export function utcMillis(text: string): number | null {
  const m = TIMESTAMP.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone = ''] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const base = Date.UTC(year, month - 1, day)
  const check = new Date(base)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  if (Number(h) > 24 || Number(mi) > 59 || Number(s) > 60) return null
  let offsetMinutes = 0
  if (zone !== '' && zone.toUpperCase() !== 'Z' && zone.toUpperCase() !== 'UTC') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
    if (!z) return null
    offsetMinutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]))
  }
  return base + ((Number(h) * 60 + Number(mi) - offsetMinutes) * 60 + Number(s)) * 1000
}

/** The UTC day ("YYYY-MM-DD") a timestamp falls on, or null when it is not a date this reads. */
export function utcDay(text: string): string | null {
  const ms = utcMillis(text)
  return ms === null ? null : dayOf(ms)
}

/** The last day an exclusive end time covers: a bucket ending 2026-02-01T00:00:00Z covers up to 31 January. */
export function lastDayBefore(end: string | number): string | null {
  const ms = typeof end === 'number' ? end * 1000 : utcMillis(end)
  return ms === null || !Number.isFinite(ms) ? null : dayOf(ms - 1)
}

/** The UTC day of a Unix time in seconds (the OpenAI buckets' start_time). */
export function utcDayOfSeconds(seconds: number): string | null {
  return Number.isFinite(seconds) ? dayOf(seconds * 1000) : null
}

/** The last day of a month, "2026-02" gives "2026-02-28". */
export function lastDayOfMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number)
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`
}

/** A month such as "2026-01", "2026-01-15", "Jan 2026" or "January 2026"; null otherwise. */
export function monthOf(text: string): string | null {
  const t = text.trim()
  const iso = /^(\d{4})-(\d{1,2})$/.exec(t)
  if (iso) {
    const m = Number(iso[2])
    const y = Number(iso[1])
    return m >= 1 && m <= 12 && y >= FIRST_YEAR && y <= LAST_YEAR ? `${iso[1]}-${pad(m)}` : null
  }
  const named = /^([a-z]{3})[a-z]*\.?\s+(\d{4})$/i.exec(t)
  if (named) {
    const m = MONTHS.indexOf((named[1] ?? '').toLowerCase())
    const y = Number(named[2])
    return m >= 0 && y >= FIRST_YEAR && y <= LAST_YEAR ? `${named[2]}-${pad(m + 1)}` : null
  }
  const day = utcDay(t)
  return day === null ? null : day.slice(0, 7)
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** The day after `day` ("YYYY-MM-DD"). */
export function nextDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number)
  return dayOf(Date.UTC(y, m - 1, d + 1)) ?? day
}
