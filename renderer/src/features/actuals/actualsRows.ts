/**
 * What the actuals views show, worked out from the API's answers: pure functions, tested on their own.
 * Money arrives in whole cents of the portfolio's currency and is shown in its units.
 */
import type { ActualsPreview, PreviewCell, ProviderMonth, UnallocatedKeys } from '../../../../shared/actuals/results'
import type { AttributionRule } from '../../../../shared/actuals/stored'
import type { ActualsFormat, AttributionKey } from '../../../../shared/actuals/line'
import { specOf } from '../../../../shared/actuals/formats/registry'
import { isoMonths, monthsBetween } from '../../../../shared/engine/calendar'

export const fromCents = (cents: number): number => cents / 100

/** A format's name as its reader calls it ("FOCUS cost and usage export"). */
export function formatLabel(format: ActualsFormat | 'any'): string {
  if (format === 'any') return 'Any source'
  return specOf(format, 'records')?.label ?? format
}

/** One row of the preview: a month and an initiative (null: Unallocated), the import's effect in cents. */
export interface PreviewRow {
  key: string
  month: string
  initiativeId: string | null
  name: string
  addedCents: number
  replacedCents: number
  beforeCents: number
  afterCents: number
}

const UNALLOCATED = 'Unallocated'

/**
 * The preview's cells as rows, month by month, initiatives in the portfolio's order and Unallocated
 * last in each month, with a total row per month.
 */
export function previewRows(cells: readonly PreviewCell[], names: ReadonlyMap<string, string>): PreviewRow[] {
  const order = new Map([...names.keys()].map((id, i) => [id, i]))
  const rank = (id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? order.size))
  const sorted = [...cells].sort((a, b) =>
    a.month === b.month ? rank(a.initiativeId) - rank(b.initiativeId) : a.month < b.month ? -1 : 1,
  )
  return sorted.map((c) => ({
    key: `${c.month}:${c.initiativeId ?? ''}`,
    month: c.month,
    initiativeId: c.initiativeId,
    name: c.initiativeId === null ? UNALLOCATED : (names.get(c.initiativeId) ?? c.initiativeId),
    addedCents: c.addedCents,
    replacedCents: c.replacedCents,
    beforeCents: c.beforeCents,
    afterCents: c.afterCents,
  }))
}

/** The preview's totals: what the import adds, what it replaces, and how much of it no rule attributes. */
export function previewTotals(cells: readonly PreviewCell[]): {
  addedCents: number
  replacedCents: number
  unallocatedCents: number
} {
  let addedCents = 0
  let replacedCents = 0
  let unallocatedCents = 0
  for (const c of cells) {
    addedCents += c.addedCents
    replacedCents += c.replacedCents
    if (c.initiativeId === null) unallocatedCents += c.addedCents
  }
  return { addedCents, replacedCents, unallocatedCents }
}

/** What the Confirm button says, or why it cannot be pressed. */
export function confirmState(preview: ActualsPreview): { enabled: boolean; text: string } {
  if (preview.refusedCount > 0)
    return { enabled: false, text: `${plural(preview.refusedCount, 'line')} refused: nothing can be imported` }
  if (preview.ratesNeeded.length > 0)
    return { enabled: false, text: `Give the exchange rate of ${plural(preview.ratesNeeded.length, 'month')} first` }
  if (!preview.acceptable) return { enabled: false, text: preview.message }
  return { enabled: true, text: `Import ${plural(preview.lines, 'line')}` }
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`
}

/** A key as people read it: "project proj_sales", "tag initiative=claims-triage". */
export function keyText(key: AttributionKey): string {
  return `${KEY_TYPE_LABELS[key.type]} ${key.value}`
}

export const KEY_TYPE_LABELS: Readonly<Record<AttributionKey['type'], string>> = {
  initiative: 'initiative',
  project: 'project',
  workspace: 'workspace',
  apiKey: 'API key',
  tag: 'tag',
  label: 'label',
  team: 'team',
  user: 'user',
  traceName: 'trace name',
  principal: 'IAM principal',
  account: 'account',
  resource: 'resource',
}

/** Unallocated spend by source and key (all months summed), largest first: what a rule is written for. */
export interface UnallocatedRow {
  id: string
  format: ActualsFormat
  provider: string
  keys: AttributionKey[]
  months: string[]
  cents: number
  lines: number
}

export function unallocatedRows(rows: readonly UnallocatedKeys[]): UnallocatedRow[] {
  const byKey = new Map<string, UnallocatedRow>()
  for (const r of rows) {
    const keys = [...r.keys].sort((a, b) => (a.type + a.value < b.type + b.value ? -1 : 1))
    const id = `${r.format}|${r.provider}|${keys.map((k) => `${k.type}=${k.value}`).join('|')}`
    const row = byKey.get(id) ?? { id, format: r.format, provider: r.provider, keys, months: [], cents: 0, lines: 0 }
    row.cents += r.cents
    row.lines += r.lines
    if (!row.months.includes(r.month)) row.months.push(r.month)
    byKey.set(id, row)
  }
  return [...byKey.values()]
    .map((r) => ({ ...r, months: r.months.sort() }))
    .sort((a, b) => Math.abs(b.cents) - Math.abs(a.cents) || (a.id < b.id ? -1 : 1))
}

/**
 * The rule "Add a rule for this key" starts from: the row's source and its most specific key (a
 * tag, a project or workspace before an API key or account), all of it to `initiativeId`, open-ended.
 */
export function ruleForKey(row: UnallocatedRow, initiativeId: string, id: string): AttributionRule | null {
  const preference: AttributionKey['type'][] = [
    'initiative',
    'tag',
    'label',
    'project',
    'workspace',
    'team',
    'traceName',
    'apiKey',
    'principal',
    'resource',
    'user',
    'account',
  ]
  const key = preference.map((t) => row.keys.find((k) => k.type === t)).find((k) => k !== undefined)
  if (!key) return null
  return {
    id,
    source: row.format,
    keyType: key.type,
    pattern: key.value,
    initiativeId,
    sharePercent: 100,
    validFrom: null,
    validTo: null,
  }
}

/** A rule id not yet in `rules`: rule-1, rule-2, ... */
export function nextRuleId(rules: readonly AttributionRule[]): string {
  const taken = new Set(rules.map((r) => r.id))
  let n = rules.length + 1
  while (taken.has(`rule-${String(n)}`)) n++
  return `rule-${String(n)}`
}

/** One row of the cost-of-record table: a provider's month, which source counts and how it stands. */
export interface RecordRow {
  key: string
  month: string
  provider: string
  source: string
  standing: 'record' | 'estimated'
  cents: number
  estimateCents: number
  note: string
}

export function recordRows(months: readonly ProviderMonth[]): RecordRow[] {
  return [...months]
    .sort((a, b) => (a.month === b.month ? (a.provider < b.provider ? -1 : 1) : a.month < b.month ? -1 : 1))
    .map((m) => ({
      key: `${m.month}:${m.provider}`,
      month: m.month,
      provider: m.provider,
      source: m.recordFormat === null ? 'No cost in any source (usage only)' : formatLabel(m.recordFormat),
      standing: m.standing,
      cents: m.cents,
      estimateCents: m.estimateCents,
      note: [
        m.standing === 'estimated' ? 'Estimated: no invoice-grade source for this month' : '',
        m.estimateCents !== 0 && m.standing === 'record' ? 'Gateway estimates only split it, never added' : '',
        m.splitByTokenShare ? 'Part split by each key’s priced token share' : '',
      ]
        .filter((s) => s !== '')
        .join('. '),
    }))
}

/**
 * The months the actuals grids show: from the horizon's first month to the month of `today` (the
 * months already over and the one under way), at least one and at most the horizon.
 */
export function actualsMonths(startMonth: string, horizonMonths: number, today: string): string[] {
  const span = monthsBetween(startMonth, today.slice(0, 7)) + 1
  return isoMonths(startMonth, Math.min(Math.max(span, 1), horizonMonths))
}
