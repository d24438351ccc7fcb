import { ObjectFields, type Fields } from '../fields'
import { isObject } from '../jsonInput'
import type { ReadContext } from '../readContext'
import { noTokens } from '../sourceRow'
import { lastDayBefore, utcDay } from '../utcTime'
import { ValueReader } from '../values'
import { bucketsOf, someResult } from './buckets'
import { KeyList } from './keys'
import type { DocumentFormat } from './spec'

/**
 * Anthropic's Admin API reports: the Messages usage report (/v1/organizations/usage_report/messages)
 * and the cost report (/v1/organizations/cost_report), saved as JSON pages. Buckets are
 * starting_at / ending_at in RFC 3339, ending_at exclusive.
 */
const SCOPE = 'Anthropic organisation'

/** Cache writes: cache_creation.ephemeral_5m_input_tokens + ephemeral_1h_input_tokens (or the flat names). */
function cacheWrites(f: Fields, v: ValueReader): number | null {
  const nested = f.get('cache_creation')
  if (isObject(nested)) {
    const c = new ObjectFields(nested)
    let sum: number | null = null
    for (const k of Object.keys(nested)) {
      if (!/input_tokens$/.test(k)) continue
      const n = v.count(c, k)
      if (n !== null) sum = (sum ?? 0) + n
    }
    return sum
  }
  const flat = [
    v.count(f, 'cache_creation_5m_input_tokens'),
    v.count(f, 'cache_creation_1h_input_tokens'),
    v.count(f, 'cache_creation_input_tokens'),
  ]
  return flat.every((n) => n === null) ? null : flat.reduce<number>((a, n) => a + (n ?? 0), 0)
}

function keysOf(f: Fields, v: ValueReader): KeyList {
  return new KeyList(v)
    .add('workspace', f.get('workspace_id'), 'workspace_id')
    .add('apiKey', f.get('api_key_id'), 'api_key_id')
}

function readUsage(f: Fields, row: number, day: string, ctx: ReadContext, v: ValueReader): void {
  const tokens = noTokens()
  tokens.uncachedInput = v.count(f, 'uncached_input_tokens')
  tokens.cacheRead = v.count(f, 'cache_read_input_tokens')
  tokens.cacheWrite = cacheWrites(f, v)
  tokens.output = v.count(f, 'output_tokens')
  if (Object.values(tokens).every((t) => t === null || t === 0)) return
  ctx.emit({
    row,
    day,
    month: day.slice(0, 7),
    scope: SCOPE,
    provider: 'Anthropic',
    model: v.text(f, 'model'),
    serviceTier: v.text(f, 'service_tier').toLowerCase() || null,
    chargeCategory: 'usage',
    costBasis: null,
    currency: null,
    cost: null,
    tokens,
    requests: null,
    keys: keysOf(f, v).with(ctx.options.fileKeys),
    grain: [v.text(f, 'context_window'), v.text(f, 'inference_geo')].join('|'),
  })
}

/** A cost result: `amount` is a decimal string in the currency's lowest unit (cents), "123.45" being $1.2345. */
function readCost(f: Fields, row: number, day: string, ctx: ReadContext, v: ValueReader): void {
  const cost = v.money(f, 'amount', -2)
  const currency = v.currency(v.text(f, 'currency') || 'USD', 'currency')
  if (cost === null || currency === null) return
  const description = v.text(f, 'description')
  ctx.emit({
    row,
    day,
    month: day.slice(0, 7),
    scope: SCOPE,
    provider: 'Anthropic',
    model: v.text(f, 'model'),
    serviceTier: v.text(f, 'service_tier').toLowerCase() || null,
    chargeCategory: cost < 0n ? (/refund/i.test(description) ? 'refund' : 'credit') : 'usage',
    costBasis: 'billed',
    currency,
    cost,
    tokens: noTokens(),
    requests: null,
    keys: keysOf(f, v).with(ctx.options.fileKeys),
    grain: [
      v.text(f, 'cost_type'),
      v.text(f, 'token_type'),
      v.text(f, 'context_window'),
      v.text(f, 'inference_geo'),
      description,
    ].join('|'),
  })
}

function readBuckets(document: unknown, ctx: ReadContext, one: typeof readUsage): void {
  const v = new ValueReader(ctx.issues)
  let row = 0
  for (const b of bucketsOf(document) ?? []) {
    const start = typeof b.start === 'string' ? b.start : ''
    const day = utcDay(start)
    const last = typeof b.end === 'string' ? lastDayBefore(b.end) : null
    if (day === null) {
      ctx.issues.add(row + 1, 'starting_at', 'must be an RFC 3339 time such as 2026-01-01T00:00:00Z')
      row += b.results.length
      continue
    }
    ctx.cover(SCOPE, day, last !== null && last >= day ? last : day)
    for (const r of b.results) {
      v.row = ++row
      one(new ObjectFields(r), row, day, ctx, v)
    }
  }
}

export const anthropicUsage: DocumentFormat = {
  kind: 'document',
  format: 'anthropic-usage',
  label: 'Anthropic usage report',
  grade: 'usage',
  detect: (d) => someResult(d, (r) => 'uncached_input_tokens' in r || 'cache_read_input_tokens' in r),
  read: (d, ctx) => readBuckets(d, ctx, readUsage),
}

export const anthropicCost: DocumentFormat = {
  kind: 'document',
  format: 'anthropic-cost',
  label: 'Anthropic cost report',
  grade: 'cost-report',
  detect: (d) =>
    someResult(d, (r) => typeof r['amount'] === 'string' && ('cost_type' in r || 'token_type' in r || 'currency' in r)),
  read: (d, ctx) => readBuckets(d, ctx, readCost),
}
