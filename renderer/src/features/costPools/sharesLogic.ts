/**
 * Pure rules of the fixed-shares editor: one percentage per initiative, summing to 100%, read and
 * checked as the model-mix editor reads its shares (readShare, shareProblem).
 */
import { SHARE_SUM_TOLERANCE } from '../../../../shared/model/initiative'
import { formatShareSum, normalise, readShare, shareProblem } from '../modelMix/mixLogic'

export type ShareDraft = Record<string, string>

export function draftFromShares(ids: readonly string[], shares: Readonly<Record<string, number>>): ShareDraft {
  return Object.fromEntries(
    ids.map((id) => [id, shares[id] === undefined ? '' : String(Number(((shares[id] ?? 0) * 100).toFixed(10)))]),
  )
}

/**
 * Sum of the typed shares (a fraction of one, 1 being 100%) and the first reason they cannot be
 * saved; an empty field counts as 0%.
 */
export function checkShares(
  draft: ShareDraft,
  names: ReadonlyMap<string, string>,
): { shareSum: number; message: string | null } {
  let shareSum = 0
  for (const [id, text] of Object.entries(draft)) {
    if (text.trim() === '') continue
    const read = readShare(text)
    const problem = shareProblem(names.get(id) ?? id, read)
    if (problem !== null) return { shareSum, message: problem }
    if (read.ok) shareSum += read.value
  }
  if (Math.abs(shareSum - 1) > SHARE_SUM_TOLERANCE)
    return { shareSum, message: `Shares must sum to 100% (they sum to ${formatShareSum(shareSum)}).` }
  return { shareSum, message: null }
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
    const read = readShare(text)
    if (read.ok && read.value > 0) out[id] = read.value
  }
  return out
}
