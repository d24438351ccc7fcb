/**
 * Units and token kinds as exports write them. Providers price tokens per 1, per 1,000 or per
 * 1,000,000, and write the block in the unit ("1000 Tokens", "1K Tokens", "1M tokens") or in a
 * separate block size column: a count is read against its own unit, never against an assumed one.
 */

export type TokenKind = 'uncachedInput' | 'cacheRead' | 'cacheWrite' | 'output'

export interface UnitBlock {
  /** The block as a power of ten: "1K Tokens" is 3, "Tokens" is 0. */
  exponent: number
  /** What is counted: tokens, requests, a bare block ("1K", as Azure's unit description), or anything else. */
  counts: 'tokens' | 'requests' | 'block' | 'other'
}

const SCALE_WORDS: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  m: 6,
  mm: 6,
  million: 6,
  b: 9,
  billion: 9,
}

/** The power of ten a written block size is, or null ("1,000" and "1000" are 3; "1K" is 3; "250" is null). */
function blockExponent(amount: string, scale: string): number | null {
  const digits = amount.replace(/,/g, '')
  const base = digits === '' ? 1 : Number(digits)
  if (!Number.isFinite(base) || base <= 0) return null
  const exp = Math.log10(base)
  if (!Number.isInteger(exp)) return null
  const extra = scale === '' ? 0 : SCALE_WORDS[scale.toLowerCase()]
  return extra === undefined ? null : exp + extra
}

/**
 * Reads a unit such as "1000 Tokens", "1K tokens", "1M Tokens", "Tokens", "Million Tokens",
 * "1K" or "Requests". Null when the text is empty or names a block that is not a power of ten.
 */
export function parseUnit(text: string): UnitBlock | null {
  const t = text.trim().replace(/^per\s+/i, '')
  if (t === '') return null
  const m = /^(\d[\d,]*)?\s*(k|m|mm|b|thousand|million|billion)?\b\s*(.*)$/i.exec(t)
  if (!m) return null
  const [, amount = '', scale = '', rest = ''] = m
  const exponent = amount === '' && scale === '' ? 0 : blockExponent(amount, scale)
  if (exponent === null) return null
  const what = rest.trim().toLowerCase()
  if (what === '') return amount === '' && scale === '' ? null : { exponent, counts: 'block' }
  if (/\btokens?\b/.test(what)) return { exponent, counts: 'tokens' }
  if (/\b(requests?|calls?|count|queries|invocations?)\b/.test(what)) return { exponent, counts: 'requests' }
  return { exponent, counts: 'other' }
}

const words = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/)

/**
 * The kind of token a meter, usage type or line item names: "Cached Input Tokens",
 * "USE1-Claude3.5Sonnet-cache-read-input-token-count", "gpt-4o-0806-Inp-glbl", "gpt-4.1, output".
 * Null when it names none (a tax line, a web search).
 */
export function tokenKindOf(text: string): TokenKind | null {
  const w = new Set(words(text))
  if (w.has('cached') || (w.has('cache') && (w.has('read') || w.has('hit') || w.has('reads')))) return 'cacheRead'
  if (w.has('cache') && (w.has('write') || w.has('writes') || w.has('creation') || w.has('create'))) return 'cacheWrite'
  if (w.has('output') || w.has('outp') || w.has('out') || w.has('completion')) return 'output'
  if (w.has('input') || w.has('inp') || w.has('prompt')) return 'uncachedInput'
  return null
}

/** Words that name a token kind or a unit, removed to leave the model a meter is for. */
const KIND_WORDS = new Set([
  'input',
  'inp',
  'output',
  'outp',
  'out',
  'cached',
  'cache',
  'read',
  'hit',
  'write',
  'creation',
  'prompt',
  'completion',
  'tokens',
  'token',
  'count',
  '1k',
  '1m',
])

/**
 * The model part of a meter or usage type: "gpt-4o-0806-Inp-glbl" gives "gpt-4o-0806-glbl",
 * "Claude3.5Sonnet-cache-read-input-token-count" gives "Claude3.5Sonnet", "gpt-4.1-mini, cached input"
 * gives "gpt-4.1-mini". Separators inside the model are kept as written.
 */
export function modelOfMeter(text: string): string {
  const parts = text.split(/([\s_,-]+)/)
  const kept: string[] = []
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? ''
    if (part === '' || KIND_WORDS.has(part.toLowerCase())) continue
    if (kept.length > 0) kept.push(parts[i - 1]?.includes(',') ? ' ' : (parts[i - 1] ?? ''))
    kept.push(part)
  }
  return kept.join('').trim()
}
