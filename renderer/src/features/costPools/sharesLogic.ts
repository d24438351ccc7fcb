/** Pure rules of the fixed-shares editor: one percentage per initiative, summing to 100%. */
import { SHARE_SUM_TOLERANCE } from '../../../../shared/model/initiative'
import { formatSum, normalise, parsePercent } from '../modelMix/mixLogic'

export type ShareDraft = Record<string, string>

export function draftFromShares(ids: readonly string[], shares: Readonly<Record<string, number>>): ShareDraft {
  return Object.fromEntries(
    ids.map((id) => [id, shares[id] === undefined ? '' : String(Number(((shares[id] ?? 0) * 100).toFixed(10)))]),
  )
}

/** Sum of the typed percentages and the first reason they cannot be saved (empty counts as 0%). */
export function checkShares(
  draft: ShareDraft,
  names: ReadonlyMap<string, string>,
): { sum: number; message: string | null } {
  let sum = 0
  for (const [id, text] of Object.entries(draft)) {
    if (text.trim() === '') continue
    const p = parsePercent(text)
    const name = names.get(id) ?? id
    if (p === null) return { sum, message: `${name}: share must be a number.` }
    if (p < 0 || p > 100) return { sum, message: `${name}: share must be between 0% and 100%.` }
    sum += p
  }
  if (Math.abs(sum / 100 - 1) > SHARE_SUM_TOLERANCE)
    return { sum, message: `Shares must sum to 100% (they sum to ${formatSum(sum)}).` }
  return { sum, message: null }
}

export function normaliseShares(draft: ShareDraft): ShareDraft {
  const ids = Object.keys(draft)
  const rows = normalise(ids.map((id) => ({ modelId: id, percent: draft[id] ?? '' })))
  return Object.fromEntries(rows.map((r) => [r.modelId, r.percent]))
}

/** Saved form: id -> share (0..1), initiatives at 0% left out. Call only when checkShares passed. */
export function sharesFromDraft(draft: ShareDraft): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [id, text] of Object.entries(draft)) {
    const p = parsePercent(text)
    if (p !== null && p > 0) out[id] = p / 100
  }
  return out
}
