import { ObjectFields, type Fields } from '../fields'
import type { ChargeCategory } from '../line'
import type { ReadContext } from '../readContext'
import { noTokens } from '../sourceRow'
import { lastDayBefore, utcDay, utcDayOfSeconds } from '../utcTime'
import { ValueReader } from '../values'
import { bucketsOf, someResult } from './buckets'
import { KeyList } from './keys'
import type { DocumentFormat, RecordFormat, RecordReader } from './spec'

/**
 * OpenAI's organisation Usage API (completions) and Costs API, as JSON pages or as the CSV the
 * usage dashboard exports. Times are Unix seconds (start_time, end_time) or ISO text.
 */
const SCOPE = 'OpenAI organisation'

/** A bucket's or a CSV row's day, from start_time in Unix seconds or start_time_iso. */
function dayOf(start: unknown, iso: unknown): string | null {
  if (typeof start === 'number') return utcDayOfSeconds(start)
  if (typeof start === 'string' && /^\d+(\.\d+)?$/.test(start.trim())) return utcDayOfSeconds(Number(start))
  return typeof iso === 'string' ? utcDay(iso) : typeof start === 'string' ? utcDay(start) : null
}

function endDayOf(end: unknown, iso: unknown): string | null {
  if (typeof end === 'number') return lastDayBefore(end)
  if (typeof end === 'string' && /^\d+(\.\d+)?$/.test(end.trim())) return lastDayBefore(Number(end))
  return typeof iso === 'string' ? lastDayBefore(iso) : null
}

const isTrue = (v: unknown): boolean => v === true || (typeof v === 'string' && /^(true|1|yes)$/i.test(v))

/**
 * One usage result. input_tokens counts cached and cache-write tokens too, so the uncached input
 * is input_uncached_tokens when given, else input_tokens less the cached and cache-write counts.
 */
function readUsage(f: Fields, row: number, day: string, scope: string, ctx: ReadContext, v: ValueReader): void {
  v.row = row
  const input = v.count(f, 'input_tokens')
  const cached = v.count(f, 'input_cached_tokens') ?? 0
  const writes = (v.count(f, 'input_cache_write_tokens') ?? 0) + (v.count(f, 'input_cache_write_12h_tokens') ?? 0)
  const given = v.count(f, 'input_uncached_tokens')
  const derived = input === null ? null : input - cached - writes
  if (derived !== null && derived < 0)
    ctx.issues.add(
      row,
      'input_tokens',
      `(${input}) is less than input_cached_tokens and the cache writes (${cached + writes}), which it includes`,
    )
  if (given !== null && derived !== null && given !== derived)
    ctx.issues.add(
      row,
      'input_uncached_tokens',
      `(${given}) is not input_tokens less the cached and cache-write tokens (${derived})`,
    )
  const batch = isTrue(f.get('batch'))
  const tokens = noTokens()
  tokens.uncachedInput = given ?? (derived !== null && derived >= 0 ? derived : null)
  tokens.cacheRead = input === null && given === null ? null : cached
  tokens.cacheWrite = input === null && given === null ? null : writes
  tokens.output = v.count(f, 'output_tokens')
  const requests = v.count(f, 'num_model_requests')
  if (Object.values(tokens).every((t) => t === null || t === 0) && !requests) return
  const keys = new KeyList(v)
    .add('project', f.get('project_id'), 'project_id')
    .add('project', f.get('project_name'), 'project_name')
    .add('apiKey', f.get('api_key_id'), 'api_key_id')
    .add('user', f.get('user_id'), 'user_id')
  ctx.emit({
    row,
    day,
    month: day.slice(0, 7),
    scope,
    provider: 'OpenAI',
    model: v.text(f, 'model'),
    serviceTier: batch ? 'batch' : v.text(f, 'service_tier').toLowerCase() || null,
    chargeCategory: 'usage',
    costBasis: null,
    currency: null,
    cost: null,
    tokens,
    requests,
    keys: keys.with(ctx.options.fileKeys),
    grain: batch ? 'batch' : '',
  })
}

/** A cost line item: "gpt-4o-2024-08-06, input" names the model, then the token type. */
function lineItem(text: string): { model: string; kind: string } {
  const at = text.indexOf(',')
  return at < 0
    ? { model: text.trim(), kind: '' }
    : { model: text.slice(0, at).trim(), kind: text.slice(at + 1).trim() }
}

function costCategory(item: string, amountNegative: boolean): ChargeCategory {
  if (/refund/i.test(item)) return 'refund'
  if (/credit|grant/i.test(item) || (amountNegative && item === '')) return 'credit'
  if (/\btax|vat\b/i.test(item)) return 'tax'
  return amountNegative ? 'adjustment' : 'usage'
}

function readCost(f: Fields, row: number, day: string, scope: string, ctx: ReadContext, v: ValueReader): void {
  v.row = row
  const amount = f.get('amount')
  const inner = amount !== null && typeof amount === 'object' ? new ObjectFields(amount as Record<string, unknown>) : f
  const cost = v.money(inner, inner === f ? 'amount_value' : 'value')
  const currencyText = v.text(inner, inner === f ? 'amount_currency' : 'currency')
  if (cost === null && currencyText === '') return
  const currency = v.currency(currencyText || 'usd', 'amount_currency')
  const item = v.text(f, 'line_item')
  const { model, kind } = lineItem(item)
  if (currency === null) return
  const keys = new KeyList(v)
    .add('project', f.get('project_id'), 'project_id')
    .add('project', f.get('project_name'), 'project_name')
    .add('apiKey', f.get('api_key_id'), 'api_key_id')
  const tier = /\b(batch|flex|priority|scale)\b/i.exec(kind)?.[1]?.toLowerCase() ?? null
  ctx.emit({
    row,
    day,
    month: day.slice(0, 7),
    scope,
    provider: 'OpenAI',
    model,
    serviceTier: tier,
    chargeCategory: costCategory(item, cost !== null && cost < 0n),
    costBasis: 'billed',
    currency,
    cost,
    tokens: noTokens(),
    requests: null,
    keys: keys.with(ctx.options.fileKeys),
    grain: item,
  })
}

/** Walks the buckets of a JSON export, covering every bucket's days, results or not. */
function readBuckets(document: unknown, ctx: ReadContext, one: typeof readUsage): void {
  const v = new ValueReader(ctx.issues)
  let row = 0
  for (const b of bucketsOf(document) ?? []) {
    const day = dayOf(b.start, null)
    const last = endDayOf(b.end, null)
    if (day === null) {
      ctx.issues.add(row + 1, 'start_time', 'must be a time in Unix seconds')
      row += b.results.length
      continue
    }
    ctx.cover(SCOPE, day, last !== null && last >= day ? last : day)
    for (const r of b.results) one(new ObjectFields(r), ++row, day, SCOPE, ctx, v)
  }
}

/** A dashboard CSV row: its day from start_time (seconds) or start_time_iso; its bucket covered. */
function csvReader(ctx: ReadContext, one: typeof readUsage): RecordReader {
  const v = new ValueReader(ctx.issues)
  return {
    read(f, row) {
      const day = dayOf(f.get('start_time'), f.get('start_time_iso'))
      if (day === null) {
        ctx.issues.add(row, 'start_time', 'must be a time in Unix seconds or ISO 8601')
        return
      }
      const last = endDayOf(f.get('end_time'), f.get('end_time_iso'))
      const scope = f.get('organization_id') ? `OpenAI ${v.text(f, 'organization_id')}` : SCOPE
      ctx.cover(scope, day, last !== null && last >= day ? last : day)
      one(f, row, day, scope, ctx, v)
    },
  }
}

const isUsageResult = (r: Record<string, unknown>): boolean =>
  r['object'] === 'organization.usage.completions.result' || ('input_tokens' in r && 'num_model_requests' in r)
const isCostResult = (r: Record<string, unknown>): boolean =>
  r['object'] === 'organization.costs.result' || (typeof r['amount'] === 'object' && 'line_item' in r)

export const openaiUsageJson: DocumentFormat = {
  kind: 'document',
  format: 'openai-usage',
  label: 'OpenAI usage export (completions)',
  grade: 'usage',
  detect: (document) => someResult(document, isUsageResult),
  read: (document, ctx) => readBuckets(document, ctx, readUsage),
}

export const openaiCostsJson: DocumentFormat = {
  kind: 'document',
  format: 'openai-costs',
  label: 'OpenAI costs export',
  grade: 'cost-report',
  detect: (document) => someResult(document, isCostResult),
  read: (document, ctx) => readBuckets(document, ctx, readCost),
}

export const openaiUsageCsv: RecordFormat = {
  kind: 'records',
  format: 'openai-usage',
  label: 'OpenAI usage export (completions)',
  grade: 'usage',
  detect: (n) => n.has('nummodelrequests') && n.has('inputtokens') && (n.has('starttime') || n.has('starttimeiso')),
  start: (ctx, n) =>
    n.has('inputtokens') || n.has('inputuncachedtokens') ? csvReader(ctx, readUsage) : { missing: ['input_tokens'] },
}

export const openaiCostsCsv: RecordFormat = {
  kind: 'records',
  format: 'openai-costs',
  label: 'OpenAI costs export',
  grade: 'cost-report',
  detect: (n) => n.has('amountvalue') && n.has('amountcurrency') && n.has('lineitem'),
  start: (ctx, n) => (n.has('amountvalue') ? csvReader(ctx, readCost) : { missing: ['amount_value'] }),
}
