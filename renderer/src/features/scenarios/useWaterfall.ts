import { useEffect, useState } from 'react'
import type { WaterfallResult } from '../../../../shared/engine/scenarios'
import type { WaterfallJobParams } from '../../../../shared/jobs/waterfallJob'
import { useJobClient } from '../../worker/useJobClient'

export interface WaterfallState {
  /** The latest finished waterfall (for earlier choices while `fresh` is false); null before the first. */
  result: WaterfallResult | null
  fresh: boolean
}

/**
 * The engine's waterfall for the choice, computed in the engine's worker: it evaluates the cases it
 * compares over the whole portfolio. A newer choice cancels the one in flight.
 */
export function useWaterfall({
  portfolio,
  initiativeId,
  choice,
  monthLabels,
  currency,
}: WaterfallJobParams): WaterfallState {
  const jobs = useJobClient()
  const [state, setState] = useState<{ result: WaterfallResult; for: readonly unknown[] } | null>(null)
  useEffect(() => {
    let current = true
    const asked = [portfolio, initiativeId, choice, monthLabels, currency]
    void jobs.run('waterfall', { portfolio, initiativeId, choice, monthLabels, currency }).then((outcome) => {
      if (!current || outcome.status === 'cancelled') return
      const result: WaterfallResult =
        outcome.status === 'done' ? outcome.result : { ok: false, message: `The waterfall failed: ${outcome.message}` }
      setState({ result, for: asked })
    })
    return () => {
      current = false
    }
  }, [jobs, portfolio, initiativeId, choice, monthLabels, currency])
  const asked = [portfolio, initiativeId, choice, monthLabels, currency]
  return { result: state?.result ?? null, fresh: state !== null && state.for.every((x, i) => x === asked[i]) }
}
