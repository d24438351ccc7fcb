import type { ComparisonJobParams, ComparisonJobResult } from '../../../../shared/jobs/comparisonJob'
import type { SliceCreator } from '../../store/types'
import type { JobClient } from '../../worker/jobClient'

/**
 * The scenario comparison, computed in the engine's worker. It lives in the store rather than in the
 * view so that a comparison of a large portfolio keeps running (and its result waits) while the user
 * works in another view; the navigation shows that it runs.
 */
interface ComparisonState {
  /** What was asked last; null before the first request. */
  params: ComparisonJobParams | null
  /** 'running' while the result for `params` is being computed. */
  status: 'idle' | 'running' | 'done' | 'failed'
  /** The latest finished comparison, for `params` when done (the earlier one, shown as updating, while running). */
  result: ComparisonJobResult | null
  /** What the engine threw, when failed. */
  message: string | null
}

export interface ComparisonSlice {
  comparison: ComparisonState
  /**
   * Computes the comparison for `params` off the UI thread, unless it is what was asked last. A newer
   * request cancels the one in flight, whose result is never stored.
   */
  requestComparison(params: ComparisonJobParams): void
}

/** True when both requests compare the same portfolio object, scenarios and focus. */
export function sameComparison(a: ComparisonJobParams | null, b: ComparisonJobParams): boolean {
  return (
    a !== null &&
    a.portfolio === b.portfolio &&
    a.focus === b.focus &&
    a.scenarioIds.length === b.scenarioIds.length &&
    a.scenarioIds.every((id, i) => id === b.scenarioIds[i])
  )
}

export const createComparisonSlice =
  (jobs: JobClient): SliceCreator<ComparisonSlice> =>
  (set, get) => ({
    comparison: { params: null, status: 'idle', result: null, message: null },
    requestComparison(params) {
      const asked = get().comparison
      if (sameComparison(asked.params, params) && asked.status !== 'failed') return
      set({ comparison: { ...asked, params, status: 'running', message: null } })
      void jobs.run('comparison', params).then((outcome) => {
        // A newer request superseded this one: its own answer will be stored instead.
        if (outcome.status === 'cancelled' || get().comparison.params !== params) return
        set({
          comparison:
            outcome.status === 'done'
              ? { params, status: 'done', result: outcome.result, message: null }
              : { ...get().comparison, status: 'failed', message: outcome.message },
        })
      })
    },
  })
