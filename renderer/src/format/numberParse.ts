/**
 * Reads numbers the way people type or paste them from Excel and Google Sheets: "1,200",
 * "$3.5k", "12%", "(500)", "−4", "2.5e6", "1.2M", "USD 40". The parse only decides what
 * number was meant; the model's rules (ranges, whole numbers) are checked by the API.
 */
export type Parsed = { ok: true; value: number; percent: boolean } | { ok: false; rule: string }

const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 }

export function parseNumberText(input: string): Parsed {
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
  // A sign may also follow the currency symbol: "$-500".
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
  // Thousands separators only between digit groups of three: "1,200,000" but not "1,2".
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
export function parseAmount(input: string): { ok: true; value: number } | { ok: false; rule: string } {
  const r = parseNumberText(input)
  if (!r.ok) return r
  if (r.percent) return { ok: false, rule: 'must be an amount, not a percentage' }
  return { ok: true, value: r.value }
}

/**
 * A percentage: "12%", "12" and "12.5" all mean percent points as shown in the cell (so 12 is
 * 12%, as in a spreadsheet's percent-formatted cell). Returns the share: 0.12.
 */
export function parsePercentText(input: string): { ok: true; value: number } | { ok: false; rule: string } {
  const r = parseNumberText(input)
  if (!r.ok) return r
  return { ok: true, value: r.percent ? r.value : r.value / 100 }
}
