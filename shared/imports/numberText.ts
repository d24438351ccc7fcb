/**
 * Reads a number as people write it in a spreadsheet cell: "1,200", "$3.5", "12%", "(500)", "−4",
 * "2.5e6", "USD 40". Only decides which number was meant; the model's rules (ranges, whole numbers)
 * are checked afterwards by its schemas. Thousands separators are accepted only between groups of
 * three digits, so "1,5" (a decimal comma) is refused rather than read as 15.
 */
export type NumberText = { ok: true; value: number; percent: boolean } | { ok: false; rule: string }

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
  t = t.replace(/^([$€£¥]|[A-Z]{3})/, '').replace(/([$€£¥]|[A-Z]{3})$/, '')
  if (t.startsWith('-')) {
    negative = !negative
    t = t.slice(1)
  }
  let percent = false
  if (t.endsWith('%')) {
    percent = true
    t = t.slice(0, -1)
  }
  if (t.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(t))
      return { ok: false, rule: 'must be a number (use "," only between thousands)' }
    t = t.replace(/,/g, '')
  }
  if (!/^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { ok: false, rule: 'must be a number' }
  const value = Number(t) * (negative ? -1 : 1)
  if (!Number.isFinite(value)) return { ok: false, rule: 'must be a finite number' }
  return { ok: true, value: percent ? value / 100 : value, percent }
}
