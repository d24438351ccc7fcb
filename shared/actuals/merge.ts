import { moneyFromNumber, moneyToNumber } from './decimal'
import type { ActualLine, Coverage, LineDay, LineTokens } from './line'

/**
 * Re-importing an overlapping period replaces instead of doubling. The unit of replacement is a
 * day of a scope: an import speaks for every day its coverage spans in its format and scope
 * (a provider's restated days, and days that now have no rows), so every stored day of that
 * format and scope within the span is dropped, and the import's days are added. A month-grain
 * day (no day, from a source that gives months) is dropped when the import covers any day of its
 * month. Lines are then summed again from the days they keep. Importing the same file twice
 * leaves the same lines as importing it once.
 */
export interface MergeResult {
  lines: ActualLine[]
  /** Stored days dropped because the import covers them. */
  replacedDays: number
  addedDays: number
}

const TOKEN_FIELDS = ['uncachedInput', 'cacheRead', 'cacheWrite', 'output', 'inputUnsplit'] as const

function covers(c: Coverage, line: ActualLine, day: LineDay): boolean {
  if (c.format !== line.lineage.format || c.scope !== line.lineage.scope) return false
  if (day.day !== null) return day.day >= c.from && day.day <= c.to
  return c.from.slice(0, 7) <= line.month && c.to.slice(0, 7) >= line.month
}

/** A line summed again from its days (money exactly, as the roll-up does). */
export function withDays(line: ActualLine, days: readonly LineDay[]): ActualLine {
  const sorted = [...days].sort((a, b) => (a.day ?? '').localeCompare(b.day ?? ''))
  const tokens = Object.fromEntries(TOKEN_FIELDS.map((f) => [f, null])) as LineTokens
  let requests: number | null = null
  let cost: bigint | null = null
  for (const d of sorted) {
    for (const f of TOKEN_FIELDS) if (d.tokens[f] !== null) tokens[f] = (tokens[f] ?? 0) + (d.tokens[f] ?? 0)
    if (d.requests !== null) requests = (requests ?? 0) + d.requests
    if (d.cost !== null) cost = (cost ?? 0n) + (moneyFromNumber(d.cost) ?? 0n)
  }
  return {
    ...line,
    tokens,
    requests,
    cost: cost === null ? null : moneyToNumber(cost),
    lineage: { ...line.lineage, days: sorted },
  }
}

export function mergeImport(
  stored: readonly ActualLine[],
  incoming: { lines: readonly ActualLine[]; coverage: readonly Coverage[] },
): MergeResult {
  let replacedDays = 0
  const byKey = new Map<string, ActualLine>()
  for (const line of stored) {
    const relevant = incoming.coverage.filter((c) => c.format === line.lineage.format && c.scope === line.lineage.scope)
    const kept =
      relevant.length === 0
        ? line.lineage.days
        : line.lineage.days.filter((d) => !relevant.some((c) => covers(c, line, d)))
    replacedDays += line.lineage.days.length - kept.length
    if (kept.length === 0) continue
    byKey.set(line.lineage.lineKey, kept.length === line.lineage.days.length ? line : withDays(line, kept))
  }
  let addedDays = 0
  for (const line of incoming.lines) {
    addedDays += line.lineage.days.length
    const earlier = byKey.get(line.lineage.lineKey)
    if (!earlier) byKey.set(line.lineage.lineKey, line)
    else {
      const newDays = new Set(line.lineage.days.map((d) => d.day))
      const days = [...earlier.lineage.days.filter((d) => !newDays.has(d.day)), ...line.lineage.days]
      byKey.set(line.lineage.lineKey, withDays(line, days))
    }
  }
  const lines = [...byKey.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.provider.localeCompare(b.provider) ||
      a.model.localeCompare(b.model) ||
      a.lineage.lineKey.localeCompare(b.lineage.lineKey),
  )
  return { lines, replacedDays, addedDays }
}
