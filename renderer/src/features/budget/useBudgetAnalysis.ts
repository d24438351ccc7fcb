import { useEffect, useRef, useState } from 'react'
import { analyseBudget, type BudgetAnalysis, type BudgetInputs } from './analysis'

export interface BudgetAnalysisState {
  /** The latest finished analysis (possibly for earlier inputs while a new one runs). */
  analysis: BudgetAnalysis | null
  /** True while the shown analysis is not for the current inputs. */
  pending: boolean
  error: string | null
}

/**
 * Runs the analysis after the browser has painted rather than during render: a scenario run, the
 * matrix and the optimiser with its frontier take 100–250 ms for 1,000 initiatives (npm run bench),
 * which would freeze typing and navigation. A change of objective or constraint alone only re-runs
 * the optimiser. The previous figures stay on screen, marked as updating.
 */
export function useBudgetAnalysis(inputs: BudgetInputs | null): BudgetAnalysisState {
  const [state, setState] = useState<{
    analysis: BudgetAnalysis | null
    error: string | null
    for: BudgetInputs | null
  }>({ analysis: null, error: null, for: null })
  // The last analysis, so a change of objective or constraint reuses its scenario run and matrix.
  const last = useRef<BudgetAnalysis | null>(null)
  useEffect(() => {
    if (!inputs) return
    const handle = setTimeout(() => {
      try {
        const analysis = analyseBudget(inputs, last.current)
        last.current = analysis
        setState({ analysis, error: null, for: inputs })
      } catch (e) {
        setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e), for: inputs }))
      }
    }, 0)
    return () => clearTimeout(handle)
  }, [inputs])
  return { analysis: state.analysis, pending: inputs !== null && state.for !== inputs, error: state.error }
}
