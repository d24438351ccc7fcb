import { moneyFromNumber, moneyFromText, scaledInteger, type Money } from './decimal'
import type { Fields } from './fields'
import type { IssueList } from './issues'
import { MAX_KEY_CHARS, MAX_LINE_COST, MAX_LINE_TOKENS, MAX_TEXT_CHARS } from './limits'
import { utcDay } from './utcTime'

/**
 * Reading one value of a record, with the rule it breaks named on the record's row. A reader asks
 * for what it needs; a value that is absent gives null (unknown), a value that is present but not
 * readable is an issue and also gives null, so every problem of a file is found in one pass.
 */
export class ValueReader {
  constructor(
    private readonly issues: IssueList,
    public row = 0,
  ) {}

  private problem(field: string, rule: string): null {
    this.issues.add(this.row, field, rule)
    return null
  }

  /** Text of a field, trimmed; '' when absent. */
  text(f: Fields, field: string, alternative?: string, another?: string): string {
    const v = f.get(field, alternative, another)
    if (v === undefined || v === null) return ''
    if (typeof v === 'string')
      return v.length > MAX_TEXT_CHARS ? (this.problem(field, `holds more than ${MAX_TEXT_CHARS} characters`) ?? '') : v
    if (typeof v === 'number' || typeof v === 'boolean') return String(v)
    return this.problem(field, 'must be text') ?? ''
  }

  /** An attribution key value: text or a number (an id written as a number), bounded. */
  keyValue(value: unknown, field: string): string | null {
    if (value === undefined || value === null) return null
    const text =
      typeof value === 'string'
        ? value.trim()
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : null
    if (text === null) return this.problem(field, 'must be text')
    if (text === '') return null
    if (text.length > MAX_KEY_CHARS) return this.problem(field, `holds more than ${MAX_KEY_CHARS} characters`)
    return text
  }

  /** Money in the currency unit (shift -2 reads cents); null when absent. */
  money(f: Fields, field: string, shift = 0): Money | null {
    const v = f.get(field)
    if (v === undefined || v === null) return null
    const m = typeof v === 'number' ? moneyFromNumber(v, shift) : typeof v === 'string' ? moneyFromText(v, shift) : null
    if (m === null)
      return this.problem(field, `must be a number${typeof v === 'string' ? ` (it is "${v.slice(0, 40)}")` : ''}`)
    const limit = BigInt(MAX_LINE_COST) * 10n ** 12n
    if (m > limit || m < -limit) return this.problem(field, `must be within ±${MAX_LINE_COST.toExponential()}`)
    return m
  }

  /**
   * A count of tokens or requests; `exponent` scales a count written in blocks ("12.5" of
   * "1K Tokens" is 12,500 tokens). Negative counts and counts past the limit are refused.
   */
  count(f: Fields, field: string, exponent = 0, alternative?: string): number | null {
    const v = f.get(field, alternative)
    if (v === undefined || v === null) return null
    return this.countOf(v, field, exponent)
  }

  countOf(v: unknown, field: string, exponent = 0): number | null {
    const text = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : typeof v === 'string' ? v : ''
    // Most counts are whole numbers of tokens: read those without the decimal arithmetic.
    if (exponent === 0 && /^\d{1,15}$/.test(text)) return Number(text)
    const n = scaledInteger(text, exponent)
    if (n === null)
      return this.problem(field, `must be a number${typeof v === 'string' ? ` (it is "${v.slice(0, 40)}")` : ''}`)
    if (n < 0n) return this.problem(field, 'must not be negative')
    if (n > BigInt(MAX_LINE_TOKENS)) return this.problem(field, `must be at most ${MAX_LINE_TOKENS.toExponential()}`)
    return Number(n)
  }

  private lastDayText = ''
  private lastDay: string | null = null

  /** The UTC day of a timestamp or date field; null (with an issue) when it cannot be read. */
  day(f: Fields, field: string, alternative?: string, another?: string): string | null {
    const v = f.get(field, alternative, another)
    if (v === undefined || v === null) return this.problem(field, 'is required (the date of the charge)')
    const text = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''
    // Exports list a day's rows together: the last day read is usually the next one's.
    if (text !== this.lastDayText) {
      this.lastDayText = text
      this.lastDay = utcDay(text)
    }
    const day = this.lastDay
    return (
      day ??
      this.problem(field, `must be a date such as 2026-01-31 or 2026-01-31T00:00:00Z (it is "${text.slice(0, 40)}")`)
    )
  }

  /** A currency code in upper case ("usd" is USD); null with an issue when it is not three letters. */
  currency(text: string, field: string): string | null {
    const code = text.trim().toUpperCase()
    return /^[A-Z]{3}$/.test(code)
      ? code
      : this.problem(field, `must be a three-letter currency code (it is "${text.slice(0, 20)}")`)
  }
}

/** A JSON value parsed from a cell that holds JSON text (FOCUS Tags, CUR maps); null when not an object. */
export function jsonObjectOf(value: unknown): Record<string, unknown> | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>
  if (typeof value !== 'string' || value.trim() === '') return null
  try {
    const parsed: unknown = JSON.parse(value)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** A list of strings from a JSON array or JSON text of one (LiteLLM request_tags, Langfuse tags). */
export function stringListOf(value: unknown): string[] | null {
  let v = value
  if (typeof v === 'string') {
    const t = v.trim()
    if (t === '') return []
    if (!t.startsWith('[')) return t.split(/\s*[,;|]\s*/).filter((s) => s !== '')
    try {
      v = JSON.parse(t)
    } catch {
      return null
    }
  }
  if (v === undefined || v === null) return []
  if (!Array.isArray(v)) return null
  return v.filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map(String)
}
