/**
 * The app's one way of writing dates for people: months as "Jul 2027", days as "7 Jul 2027".
 * Dates are stored as the model writes them (YYYY-MM-DD, months YYYY-MM); these only show and read
 * them, without time zones.
 */

export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** "Jul 2027" for a year and a 0-based month. */
export function monthText(year: number, month: number): string {
  return `${MONTH_NAMES[month] ?? '?'} ${String(year)}`
}

/** "7 Jul 2027" for "2027-07-07"; text that is not such a date is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  return `${String(Number(m[3]))} ${monthText(Number(m[1]), Number(m[2]) - 1)}`
}

/** "Jul 2027" for "2027-07"; text that is not such a month is returned as it is. */
export function formatIsoMonth(iso: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(iso)
  return m ? monthText(Number(m[1]), Number(m[2]) - 1) : iso
}

const FULL_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const

/** A month's 0-based number from its name, whole or cut after three letters or more ("Jul", "Sept"), or -1. */
function monthNumber(name: string): number {
  const n = name.toLowerCase()
  return n.length < 3 ? -1 : FULL_NAMES.findIndex((full) => full.startsWith(n))
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`

function validDay(year: number, month: number, day: number): boolean {
  if (month < 0 || month > 11 || day < 1) return false
  return day <= new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
}

/**
 * A date as people type it — "7 Jul 2027", "7 July 2027", "Jul 7, 2027" or "2027-07-07" — as
 * "2027-07-07", or null. Numeric day/month orders ("07/07/2027") are not read: they mean different
 * dates in different countries.
 */
export function parseDateText(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ')
  let year: number
  let month: number
  let day: number
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  const dayFirst = /^(\d{1,2})\.? ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t)
  const monthFirst = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t)
  if (isoMatch) {
    ;[year, month, day] = [Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3])]
  } else if (dayFirst) {
    ;[year, month, day] = [Number(dayFirst[3]), monthNumber(dayFirst[2] ?? ''), Number(dayFirst[1])]
  } else if (monthFirst) {
    ;[year, month, day] = [Number(monthFirst[3]), monthNumber(monthFirst[1] ?? ''), Number(monthFirst[2])]
  } else return null
  return validDay(year, month, day) ? iso(year, month, day) : null
}

/** A month as people type it — "Jul 2027", "July 2027" or "2027-07" — as "2027-07", or null. */
export function parseMonthText(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ')
  const isoMatch = /^(\d{4})-(\d{1,2})$/.exec(t)
  const named = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(t)
  let year: number
  let month: number
  if (isoMatch) [year, month] = [Number(isoMatch[1]), Number(isoMatch[2]) - 1]
  else if (named) [year, month] = [Number(named[2]), monthNumber(named[1] ?? '')]
  else return null
  return month >= 0 && month <= 11 ? iso(year, month, 1).slice(0, 7) : null
}
