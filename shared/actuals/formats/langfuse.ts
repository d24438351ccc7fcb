import { ObjectFields, type Fields } from '../fields'
import { isObject } from '../jsonInput'
import type { ReadContext } from '../readContext'
import { noTokens, type RowTokens } from '../sourceRow'
import { jsonObjectOf, stringListOf, ValueReader } from '../values'
import { KeyList } from './keys'
import type { DocumentFormat, RecordFormat, RecordReader } from './spec'

/**
 * Langfuse exports: the daily metrics (GET /api/public/metrics/daily) and observations
 * (GET /api/public/observations, or the UI's export of generations). Costs are Langfuse's
 * estimates in USD from its model price list.
 */
const SCOPE = 'Langfuse project'

/**
 * Daily metrics: per day, usage by model with inputUsage, outputUsage and totalCost. Langfuse sums
 * every usage type whose name holds "input" into inputUsage, cache reads and writes included, so
 * the input is kept unsplit. The rows carry no trace name or tags (they are the export's filters):
 * the keys the export was filtered by are given with the file.
 */
function readDaily(document: unknown, ctx: ReadContext): void {
  const v = new ValueReader(ctx.issues)
  const days = isObject(document) && Array.isArray(document['data']) ? document['data'] : []
  let row = 0
  if (!ctx.options.fileKeys || ctx.options.fileKeys.length === 0)
    ctx.warnings.add(
      'Langfuse daily metrics name no trace, tag or user in their rows: their lines stay unallocated unless the keys the export was filtered by are given with the file.',
    )
  for (const d of days) {
    if (!isObject(d)) continue
    const dayFields = new ObjectFields(d)
    v.row = row + 1
    const day = v.day(dayFields, 'date')
    const usage = Array.isArray(d['usage']) ? d['usage'].filter(isObject) : []
    if (day !== null) ctx.cover(SCOPE, day, day)
    for (const u of usage) {
      v.row = ++row
      const f = new ObjectFields(u)
      const tokens = noTokens()
      tokens.inputUnsplit = v.count(f, 'inputUsage')
      tokens.output = v.count(f, 'outputUsage')
      if (day === null) continue
      ctx.emit({
        row,
        day,
        month: day.slice(0, 7),
        scope: SCOPE,
        provider: 'unknown',
        model: v.text(f, 'model'),
        serviceTier: null,
        chargeCategory: 'usage',
        costBasis: 'estimated',
        currency: 'USD',
        cost: v.money(f, 'totalCost'),
        tokens,
        requests: v.count(f, 'countObservations'),
        keys: [...(ctx.options.fileKeys ?? [])],
        grain: '',
      })
    }
  }
}

/** Observation usage details by type: "input" is uncached input; cache reads and writes by their names. */
function observationTokens(f: Fields, v: ValueReader): RowTokens {
  const tokens = noTokens()
  const details = jsonObjectOf(f.get('usageDetails')) ?? jsonObjectOf(f.get('usage'))
  if (!details) {
    tokens.uncachedInput = v.count(f, 'promptTokens', 0, 'inputTokens')
    tokens.output = v.count(f, 'completionTokens', 0, 'outputTokens')
    return tokens
  }
  const d = new ObjectFields(details)
  for (const key of Object.keys(details)) {
    const k = key.toLowerCase()
    if (k === 'total' || k === 'unit' || k.startsWith('total')) continue
    const n = v.count(d, key)
    if (n === null) continue
    const slot: keyof RowTokens | null =
      /cache/.test(k) && /(read|cached|hit)/.test(k)
        ? 'cacheRead'
        : /cache/.test(k) && /(creation|write)/.test(k)
          ? 'cacheWrite'
          : k === 'input' || k === 'prompt_tokens' || k === 'input_tokens'
            ? 'uncachedInput'
            : k === 'output' || k === 'completion_tokens' || k === 'output_tokens'
              ? 'output'
              : null
    if (slot) tokens[slot] = (tokens[slot] ?? 0) + n
  }
  return tokens
}

function observations(ctx: ReadContext): RecordReader {
  const v = new ValueReader(ctx.issues)
  return {
    read(f, row) {
      v.row = row
      const type = v.text(f, 'type')
      if (type !== '' && type.toUpperCase() !== 'GENERATION') return
      const day = v.day(f, 'startTime', 'start_time', 'timestamp')
      const costDetails = jsonObjectOf(f.get('costDetails'))
      const cost =
        costDetails && costDetails['total'] !== undefined
          ? v.money(new ObjectFields(costDetails), 'total')
          : v.money(f, f.get('calculatedTotalCost') !== undefined ? 'calculatedTotalCost' : 'totalCost')
      const keys = new KeyList(v)
        .add('traceName', f.get('traceName', 'trace_name'), 'traceName')
        .list(stringListOf(f.get('tags', 'traceTags')), 'tags')
        .add('user', f.get('userId', 'user_id'), 'userId')
      if (day === null) return
      ctx.emit({
        row,
        day,
        month: day.slice(0, 7),
        scope: SCOPE,
        provider: v.text(f, 'provider') || 'unknown',
        model: v.text(f, 'model', 'providedModelName'),
        serviceTier: null,
        chargeCategory: 'usage',
        costBasis: 'estimated',
        currency: 'USD',
        cost,
        tokens: observationTokens(f, v),
        requests: 1,
        keys: keys.with(ctx.options.fileKeys),
        grain: v.text(f, 'environment'),
      })
    },
  }
}

export const langfuseDaily: DocumentFormat = {
  kind: 'document',
  format: 'langfuse',
  label: 'Langfuse daily metrics',
  grade: 'estimate',
  detect: (d) =>
    isObject(d) &&
    Array.isArray(d['data']) &&
    d['data'].some((x) => isObject(x) && 'date' in x && Array.isArray(x['usage'])),
  read: readDaily,
}

export const langfuseObservations: RecordFormat = {
  kind: 'records',
  format: 'langfuse',
  label: 'Langfuse observations export',
  grade: 'estimate',
  detect: (n) =>
    n.has('traceid') &&
    n.has('starttime') &&
    n.has('model') &&
    (n.has('usagedetails') || n.has('usage') || n.has('calculatedtotalcost') || n.has('costdetails')),
  start: (ctx) => observations(ctx),
}
