/**
 * Pure rules of the model-mix editor: rows hold the percentage as typed, so a half-typed "33."
 * is not rounded away; the check uses the model's own tolerance (shares sum to 1 within 1e-9).
 */
import { SHARE_SUM_TOLERANCE, type MixEntry } from '../../../../shared/model/initiative'

export interface MixRow {
  modelId: string
  /** Percentage as typed, e.g. "40" or "33.3333". */
  percent: string
}

export interface MixCheck {
  /** Sum of the parsable percentages (for the live indicator). */
  sum: number
  ok: boolean
  /** Why the mix cannot be saved; null when it can. */
  message: string | null
}

/** A percentage typed by a person: "40", "40%", " 12.5 "; null when it is not a number. */
export function parsePercent(text: string): number | null {
  const t = text.trim().replace(/%$/, '').trim()
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null
  const n = Number(t)
  return Number.isFinite(n) ? n : null
}

/** Shares (0..1) as typed percentages with enough digits that an untouched mix still sums to 100%. */
export function rowsFromMix(mix: readonly MixEntry[]): MixRow[] {
  return mix.map((m) => ({ modelId: m.modelId, percent: String(Number((m.share * 100).toFixed(10))) }))
}

export function checkMix(rows: readonly MixRow[], modelNames: ReadonlyMap<string, string>): MixCheck {
  let sum = 0
  const problems: string[] = []
  const seen = new Set<string>()
  if (rows.length === 0) problems.push('Add at least one model.')
  for (const row of rows) {
    const name = modelNames.get(row.modelId) ?? row.modelId
    if (row.modelId === '') problems.push('Choose a model in every row.')
    else if (!modelNames.has(row.modelId)) problems.push(`"${row.modelId}" is not in the price book.`)
    if (seen.has(row.modelId)) problems.push(`${name} appears twice; name each model once.`)
    seen.add(row.modelId)
    const p = parsePercent(row.percent)
    if (p === null) problems.push(`${name}: share must be a number.`)
    else if (p < 0 || p > 100) problems.push(`${name}: share must be between 0% and 100%.`)
    else sum += p
  }
  if (problems.length === 0 && Math.abs(sum / 100 - 1) > SHARE_SUM_TOLERANCE) {
    problems.push(`Shares must sum to 100% (they sum to ${formatSum(sum)}).`)
  }
  return { sum, ok: problems.length === 0, message: problems.length === 0 ? null : (problems[0] ?? null) }
}

export function formatSum(sum: number): string {
  return `${Number(sum.toFixed(4))}%`
}

/**
 * Scales the shares so they sum to exactly 100.00% at two decimals (largest remainder, so the
 * rounding never leaves 99.99%); an all-zero or unreadable mix becomes an even split.
 */
export function normalise(rows: readonly MixRow[]): MixRow[] {
  if (rows.length === 0) return []
  const values = rows.map((r) => {
    const p = parsePercent(r.percent)
    return p !== null && p > 0 ? p : 0
  })
  const total = values.reduce((s, v) => s + v, 0)
  const weights = total > 0 ? values.map((v) => v / total) : values.map(() => 1 / rows.length)
  const hundredths = weights.map((w) => w * 10_000)
  const floors = hundredths.map(Math.floor)
  let left = 10_000 - floors.reduce((s, v) => s + v, 0)
  const order = hundredths.map((h, i) => ({ i, rem: h - Math.floor(h) })).sort((a, b) => b.rem - a.rem || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    floors[i] = (floors[i] ?? 0) + 1
    left -= 1
  }
  return rows.map((r, i) => ({ modelId: r.modelId, percent: String((floors[i] ?? 0) / 100) }))
}

/** The saved form: shares 0..1. Call only after checkMix said ok. */
export function toModelMix(rows: readonly MixRow[]): MixEntry[] {
  return rows.map((r) => ({ modelId: r.modelId, share: (parsePercent(r.percent) ?? 0) / 100 }))
}
