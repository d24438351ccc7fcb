import { moneyToNumber, type Money } from './decimal'
import type { IssueList } from './issues'
import type { ActualLine, ActualsFormat, AttributionKey, Coverage, LineDay, LineTokens } from './line'
import { MAX_ACTUALS_LINES, MAX_KEYS_PER_LINE, MAX_LINE_COST, MAX_LINE_TOKENS } from './limits'
import type { RowTokens, SourceRow } from './sourceRow'
import { KEY_SEPARATOR, stableKey } from './stableKey'
import { lastDayOfMonth } from './utcTime'

const TOKEN_FIELDS = ['uncachedInput', 'cacheRead', 'cacheWrite', 'output', 'inputUnsplit'] as const

/** Running sums of one day (or month, for a month-grain source) of one line. */
interface DaySums {
  tokens: RowTokens
  requests: number | null
  cost: Money | null
  firstRow: number
  rows: number
}

interface LineSums {
  first: SourceRow
  keys: AttributionKey[]
  text: string
  days: Map<string, DaySums>
}

const addCount = (a: number | null, b: number | null): number | null => (b === null ? a : (a ?? 0) + b)
const addMoney = (a: Money | null, b: Money | null): Money | null => (b === null ? a : (a ?? 0n) + b)

/** Order of keys: by type, then value. */
const before = (a: AttributionKey, b: AttributionKey): boolean =>
  a.type < b.type || (a.type === b.type && a.value < b.value)

/** Keys deduplicated and sorted, so the same keys in any order give the same line. */
function canonicalKeys(keys: readonly AttributionKey[]): AttributionKey[] {
  let sorted = true
  for (let i = 1; i < keys.length && sorted; i++)
    sorted = before(keys[i - 1] as AttributionKey, keys[i] as AttributionKey)
  if (sorted) return keys as AttributionKey[]
  const ordered = [...keys].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
  return ordered.filter((k, i) => i === 0 || before(ordered[i - 1] as AttributionKey, k))
}

/** The canonical text of a row's line: every dimension but the day and the amounts. */
function lineText(format: ActualsFormat, r: SourceRow, keys: readonly AttributionKey[]): string {
  return [
    format,
    r.scope,
    r.month,
    r.provider,
    r.model,
    r.serviceTier ?? '',
    r.chargeCategory,
    r.costBasis ?? '',
    r.currency ?? '',
    keys.map((k) => `${k.type}=${k.value}`).join(KEY_SEPARATOR),
    r.grain,
  ].join(KEY_SEPARATOR)
}

/**
 * Rolls source rows up to monthly lines as they arrive: memory grows with the lines and their
 * days, never with the rows. Rows with the same key and day are summed (hourly rows of one day).
 */
export class Rollup {
  private readonly lines = new Map<string, LineSums>()
  private readonly spans = new Map<string, { from: string; to: string }>()
  private overflow = false
  /** Source rows added (charges read), for the count a preview shows. */
  rowsAdded = 0

  constructor(
    private readonly format: ActualsFormat,
    private readonly issues: IssueList,
  ) {}

  add(r: SourceRow): void {
    this.rowsAdded++
    if (r.keys.length > MAX_KEYS_PER_LINE) {
      this.issues.add(
        r.row,
        'keys',
        `has ${r.keys.length} attribution keys; the most a line keeps is ${MAX_KEYS_PER_LINE}`,
      )
      return
    }
    const keys = canonicalKeys(r.keys)
    const text = lineText(this.format, r, keys)
    let line = this.lines.get(text)
    if (!line) {
      if (this.lines.size >= MAX_ACTUALS_LINES) {
        if (!this.overflow)
          this.issues.add(
            null,
            'rows',
            `rolls up to more than ${MAX_ACTUALS_LINES.toLocaleString('en-US')} monthly lines, the most one import keeps; split the file by month`,
          )
        this.overflow = true
        return
      }
      line = { first: r, keys, text, days: new Map() }
      this.lines.set(text, line)
    }
    const dayKey = r.day ?? ''
    const sums = line.days.get(dayKey)
    if (!sums) {
      line.days.set(dayKey, { tokens: { ...r.tokens }, requests: r.requests, cost: r.cost, firstRow: r.row, rows: 1 })
    } else {
      for (const f of TOKEN_FIELDS) sums.tokens[f] = addCount(sums.tokens[f], r.tokens[f])
      sums.requests = addCount(sums.requests, r.requests)
      sums.cost = addMoney(sums.cost, r.cost)
      sums.rows++
    }
    this.cover(r.scope, r.day ?? `${r.month}-01`, r.day ?? lastDayOfMonth(r.month))
  }

  /** Records that the file speaks for these days of a scope, rows or not (an empty bucket still covers its day). */
  cover(scope: string, from: string, to: string): void {
    const span = this.spans.get(scope)
    if (!span) this.spans.set(scope, { from, to })
    else {
      if (from < span.from) span.from = from
      if (to > span.to) span.to = to
    }
  }

  coverage(): Coverage[] {
    return [...this.spans.entries()]
      .map(([scope, s]) => ({ format: this.format, scope, from: s.from, to: s.to }))
      .sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0))
  }

  /** The finished lines, each checked against the line limits (a refusal names the line's first row). */
  finish(): ActualLine[] {
    const out: ActualLine[] = []
    for (const line of this.lines.values()) {
      const built = this.build(line)
      if (built) out.push(built)
    }
    return out.sort(
      (a, b) =>
        a.month.localeCompare(b.month) ||
        a.provider.localeCompare(b.provider) ||
        a.model.localeCompare(b.model) ||
        a.lineage.lineKey.localeCompare(b.lineage.lineKey),
    )
  }

  private build(line: LineSums): ActualLine | null {
    const lineKey = stableKey(line.text)
    const days: LineDay[] = []
    const total: DaySums = { tokens: { ...line.first.tokens }, requests: null, cost: null, firstRow: 0, rows: 0 }
    for (const f of TOKEN_FIELDS) total.tokens[f] = null
    const dayKeys = [...line.days.keys()].sort()
    for (const dayKey of dayKeys) {
      const d = line.days.get(dayKey) as DaySums
      for (const f of TOKEN_FIELDS) total.tokens[f] = addCount(total.tokens[f], d.tokens[f])
      total.requests = addCount(total.requests, d.requests)
      total.cost = addMoney(total.cost, d.cost)
      days.push({
        day: dayKey === '' ? null : dayKey,
        rowKey: stableKey(`${lineKey}${KEY_SEPARATOR}${dayKey}`),
        sourceRow: d.firstRow,
        sourceRows: d.rows,
        tokens: { ...d.tokens },
        requests: d.requests,
        cost: d.cost === null ? null : moneyToNumber(d.cost),
      })
    }
    const r = line.first
    const firstRow = Math.min(...days.map((d) => d.sourceRow))
    const cost = total.cost === null ? null : moneyToNumber(total.cost)
    if (cost !== null && Math.abs(cost) > MAX_LINE_COST) {
      this.issues.add(
        firstRow,
        'cost',
        `sums to ${cost} for ${r.month}, past the limit of ${MAX_LINE_COST.toExponential()} a line holds`,
      )
      return null
    }
    const tokens = total.tokens as LineTokens
    for (const f of [...TOKEN_FIELDS, 'requests'] as const) {
      const v = f === 'requests' ? total.requests : tokens[f]
      if (v !== null && v > MAX_LINE_TOKENS) {
        this.issues.add(
          firstRow,
          f,
          `sums to ${v} for ${r.month}, past the limit of ${MAX_LINE_TOKENS.toExponential()} a line holds`,
        )
        return null
      }
    }
    return {
      month: r.month,
      provider: r.provider,
      model: r.model,
      serviceTier: r.serviceTier,
      currency: r.currency,
      costBasis: r.costBasis,
      chargeCategory: r.chargeCategory,
      keys: line.keys,
      tokens,
      requests: total.requests,
      cost,
      lineage: { format: this.format, scope: r.scope, lineKey, days },
    }
  }
}
