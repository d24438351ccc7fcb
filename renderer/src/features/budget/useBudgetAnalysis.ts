import { useEffect, useRef, useState } from 'react'
import { useJobClient } from '../../worker/useJobClient'
import { analyseCase, type BudgetAnalysis, type BudgetInputs } from './analysis'

export interface BudgetAnalysisState {
  /** The latest finished analysis (possibly for earlier inputs while a new one runs). */
  analysis: BudgetAnalysis | null
  /** True while the shown analysis is not for the current inputs. */
  pending: boolean
  error: string | null
}

/**
 * Runs the analysis without holding up typing and navigation: the case and its matrix after the
 * browser has painted, and the optimiser with its frontier (100–250 ms for 1,000 initiatives, npm
 * run bench) in the engine's worker, where a newer request cancels the one in flight. A change of
 * objective or constraint alone reuses the case. The previous figures stay on screen, marked as
 * updating, until the new ones are in.
 */
export function useBudgetAnalysis(inputs: BudgetInputs | null): BudgetAnalysisState {
  const jobs = useJobClient()
  const [state, setState] = useState<{
    analysis: BudgetAnalysis | null
    error: string | null
    for: BudgetInputs | null
  }>({ analysis: null, error: null, for: null })
  // The last analysis, so a change of objective or constraint reuses its scenario run and matrix.
  const last = useRef<BudgetAnalysis | null>(null)
  useEffect(() => {
    if (!inputs) return
    let current = true
    const failed = (message: string) => setState((s) => ({ ...s, error: message, for: inputs }))
    const handle = setTimeout(() => {
      let shown: ReturnType<typeof analyseCase>
      try {
        shown = analyseCase(inputs, last.current)
      } catch (e) {
        failed(e instanceof Error ? e.message : String(e))
        return
      }
      const { portfolio, objective, constraint, treatment, today } = inputs
      const request = { portfolio, scenarioId: shown.scenarioId, objective, constraint, treatment, today }
      void jobs.run('reallocation', request).then((outcome) => {
        if (!current || outcome.status === 'cancelled') return
        if (outcome.status === 'failed') return failed(outcome.message)
        const analysis = { ...shown, reallocation: outcome.result }
        last.current = analysis
        setState({ analysis, error: null, for: inputs })
      })
    }, 0)
    return () => {
      current = false
      clearTimeout(handle)
    }
  }, [inputs, jobs])
  return { analysis: state.analysis, pending: inputs !== null && state.for !== inputs, error: state.error }
}
