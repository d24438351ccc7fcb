/**
 * Pure rules of the model-mix editor: rows hold the percentage as typed, so a half-typed "33."
 * is not rounded away; the check uses the model's own tolerance (shares sum to 1 within 1e-9).
 * A share is read by the app's one number reader (shared/imports/numberText) in percent points,
 * as the grid and the detail fields read a percentage: "40" and "40%" are both 40%.
 */
import { parsePercentText, type NumberRead } from '../../../../shared/imports/numberText'
import { SHARE_SUM_TOLERANCE, type MixEntry } from '../../../../shared/model/initiative'

export interface MixRow {
  modelId: string
  /** Percentage as typed, e.g. "40" or "33.3333". */
  percent: string
}

export interface MixCheck {
  /** Sum of the readable shares as a fraction of one, 1 being 100% (for the live indicator). */
  shareSum: number
  ok: boolean
  /** Why the mix cannot be saved; null when it can. */
  message: string | null
}

/** A share (0.4 for 40%) typed in percent points, "40" or "40%"; the reader's rule when it is no number. */
export function readShare(text: string): NumberRead {
  return parsePercentText(text, 'points')
}

/** The first problem of one typed share, naming whose share it is and the rule; null when it is fine. */
export function shareProblem(name: string, read: NumberRead): string | null {
  if (!read.ok) return `${name}: share ${read.rule}.`
  if (read.value < 0 || read.value > 1) return `${name}: share must be between 0% and 100%.`
  return null
}

/** Shares (0..1) as typed percentages with enough digits that an untouched mix still sums to 100%. */
export function rowsFromMix(mix: readonly MixEntry[]): MixRow[] {
  return mix.map((m) => ({ modelId: m.modelId, percent: String(Number((m.share * 100).toFixed(10))) }))
}

export function checkMix(rows: readonly MixRow[], modelNames: ReadonlyMap<string, string>): MixCheck {
  let shareSum = 0
  const problems: string[] = []
  const seen = new Set<string>()
  if (rows.length === 0) problems.push('Add at least one model.')
  for (const row of rows) {
    const name = modelNames.get(row.modelId) ?? row.modelId
    if (row.modelId === '') problems.push('Choose a model in every row.')
    else if (!modelNames.has(row.modelId)) problems.push(`"${row.modelId}" is not in the price book.`)
    if (seen.has(row.modelId)) problems.push(`${name} appears twice; name each model once.`)
    seen.add(row.modelId)
    const read = readShare(row.percent)
    const problem = shareProblem(name, read)
    if (problem !== null) problems.push(problem)
    else if (read.ok) shareSum += read.value
  }
  // The shares themselves are summed, as the model's own rule sums them (not percent points over 100).
  if (problems.length === 0 && Math.abs(shareSum - 1) > SHARE_SUM_TOLERANCE) {
    problems.push(`Shares must sum to 100% (they sum to ${formatShareSum(shareSum)}).`)
  }
  return { shareSum, ok: problems.length === 0, message: problems.length === 0 ? null : (problems[0] ?? null) }
}

/** A sum of shares as the percentage shown beside the editor: 0.9 is "90%", to four decimals. */
export function formatShareSum(shareSum: number): string {
  return `${Number((shareSum * 100).toFixed(4))}%`
}

/**
 * Scales the shares so they sum to exactly 100.00% at two decimals (largest remainder, so the
 * rounding never leaves 99.99%); an all-zero or unreadable mix becomes an even split.
 */
export function normalise(rows: readonly MixRow[]): MixRow[] {
  if (rows.length === 0) return []
  const values = rows.map((r) => {
    const read = readShare(r.percent)
    return read.ok && read.value > 0 ? read.value : 0
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
  return rows.map((r) => {
    const read = readShare(r.percent)
    return { modelId: r.modelId, share: read.ok ? read.value : 0 }
  })
}
