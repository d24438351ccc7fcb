/**
 * Reads a number as people write it in a spreadsheet cell, whether it arrives in an imported file or
 * is typed or pasted into the grid and the detail fields: "1,200", "$3.5k", "12%", "(500)", "−4",
 * "2.5e6", "1.2M", "USD 40". Only decides which number was meant; the model's rules (ranges, whole
 * numbers) are checked afterwards by its schemas. Thousands separators are accepted only between
 * groups of three digits, so "1,5" (a decimal comma) is refused rather than read as 15.
 */
export type NumberText = { ok: true; value: number; percent: boolean } | { ok: false; rule: string }

/** A number read for a field that takes one kind of number (an amount, or a percentage). */
export type NumberRead = { ok: true; value: number } | { ok: false; rule: string }

/** Scale suffixes as finance sheets write them; "mm" is the accountants' million. */
const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 }

export function parseNumberText(input: string): NumberText {
  let t = input
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/[\s\u00a0\u202f]/g, '')
  if (t === '') return { ok: false, rule: 'must be a number' }
  let negative = false
  if (/^\(.*\)$/.test(t)) {
    negative = true
    t = t.slice(1, -1)
  }
  if (t.startsWith('-') || t.startsWith('+')) {
    negative = negative !== t.startsWith('-')
    t = t.slice(1)
  }
  // Currency symbols or an ISO code in front or behind: "$", "€", "USD".
  const bare = t.replace(/^([$€£¥]|[A-Z]{3})/, '')
  // A sign may also follow the currency symbol ("$-500"); only there, so "--3" is refused, not read as 3.
  const signAfterSymbol = bare !== t && bare.startsWith('-')
  t = bare.replace(/([$€£¥]|[A-Z]{3})$/, '')
  if (signAfterSymbol) {
    negative = !negative
    t = t.slice(1)
  }
  let percent = false
  if (t.endsWith('%')) {
    percent = true
    t = t.slice(0, -1)
  }
  let factor = 1
  const suffix = /(bn|mm|[kmb])$/i.exec(t)
  if (suffix && !percent) {
    factor = SUFFIX[(suffix[1] ?? '').toLowerCase()] ?? 1
    t = t.slice(0, -(suffix[1] ?? '').length)
  }
  if (t.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(t))
      return { ok: false, rule: 'must be a number (use "," only between thousands)' }
    t = t.replace(/,/g, '')
  }
  if (!/^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { ok: false, rule: 'must be a number' }
  const value = Number(t) * factor * (negative ? -1 : 1)
  if (!Number.isFinite(value)) return { ok: false, rule: 'must be a finite number' }
  return { ok: true, value: percent ? value / 100 : value, percent }
}

/** A plain amount or count: a trailing "%" is refused rather than guessed. */
export function parseAmount(input: string): NumberRead {
  const r = parseNumberText(input)
  if (!r.ok) return r
  if (r.percent) return { ok: false, rule: 'must be an amount, not a percentage' }
  return { ok: true, value: r.value }
}

/**
 * How a percent field reads a number written without "%". The two sources mean different things by
 * "12": a person typing into a field shown in percent points means 12%, while a spreadsheet's
 * percent-formatted cell holds the share itself (0.12 shows as 12%).
 * - 'points': "12" is 12% (the grid and the detail fields, where percentages are shown as points);
 * - 'share': "0.12" is 12% (imported cells, as an XLSX percent cell and the app's own exports hold them).
 */
export type PlainPercent = 'points' | 'share'

/** A percentage as a share (12% is 0.12); "12%" is 0.12 either way, a plain number as `plain` says. */
export function parsePercentText(input: string, plain: PlainPercent): NumberRead {
  const r = parseNumberText(input)
  if (!r.ok) return r
  return { ok: true, value: r.percent || plain === 'share' ? r.value : r.value / 100 }
}

/**
 * For a field whose value the API checks: the amount, or the text as typed, so that what the reader
 * refuses reaches the API and its message names the field and the rule.
 */
export function amountOrTyped(input: string): number | string {
  const r = parseAmount(input)
  return r.ok ? r.value : input
}

/** As amountOrTyped, for a percentage in points ("10" or "10%" is 0.1). */
export function percentOrTyped(input: string): number | string {
  const r = parsePercentText(input, 'points')
  return r.ok ? r.value : input
}
