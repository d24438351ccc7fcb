import { useMemo, useState } from 'react'
import { reserveAmount } from '../../../../shared/decisions/budget'
import { FOLLOW_RECOMMENDATIONS } from '../../../../shared/decisions/treatment'
import { BASELINE_NAME } from '../../../../shared/engine/scenarios'
import { CaseSelect } from '../scenarios/CaseSelect'
import { formatMoney } from '../../format'
import { useAppStore } from '../../store'
import { useToday } from '../../app/useToday'
import '../overview/views.css'
import './budget.css'
import type { BudgetInputs } from './analysis'
import { BudgetFields } from '../overview/BudgetFields'
import { ReallocationPanel, type ReallocationChoice } from './ReallocationPanel'
import { SpendPanel } from './SpendPanel'
import { budgetWarnings, budgetYears } from './spendTables'
import { useBudgetAnalysis } from './useBudgetAnalysis'

/** Spend per year against the budget for the baseline or a scenario, and the suggested reallocation. */
export function BudgetView() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const baseline = useAppStore((s) => s.results)
  const [scenarioId, setScenarioId] = useState<string | null>(null)
  const [choice, setChoice] = useState<ReallocationChoice>({
    objective: 'npv',
    constraint: 'horizon',
    treatment: FOLLOW_RECOMMENDATIONS,
  })
  // The flags the matrix points carry depend on the date; the budget figures do not.
  const today = useToday()
  const inputs = useMemo<BudgetInputs | null>(
    () => (portfolio && baseline ? { portfolio, baseline, scenarioId, today, ...choice } : null),
    [portfolio, baseline, scenarioId, today, choice],
  )
  const { analysis, pending, error } = useBudgetAnalysis(inputs)
  const settings = portfolio?.settings
  const years = useMemo(
    () => (analysis && settings ? budgetYears(analysis.result.series.totalCost, settings) : []),
    [analysis, settings],
  )
  const warnings = useMemo(() => (settings ? budgetWarnings(years, settings.currency) : []), [years, settings])

  if (!portfolio || !settings) return <div className="view view__empty">Loading the portfolio…</div>
  const scenarios = portfolio.scenarios ?? []
  const budget = settings.annualBudget
  const reserve = budget === null ? null : reserveAmount(budget, settings.experimentationReserve)

  return (
    <div className="view" data-view="budget" aria-busy={pending}>
      <div className="view__header">
        <div>
          <h1 className="view__title">Budget and reallocation</h1>
          <div className="view__subtitle">
            {`${analysis?.scenarioName ?? BASELINE_NAME} · ${String(portfolio.initiatives.length)} initiatives · ${settings.currency}`}
            {pending ? <span className="budget-pending"> · updating…</span> : null}
          </div>
        </div>
        <div className="view__tools">
          <label className="budget-control">
            <span>Scenario</span>
            <CaseSelect
              data-testid="budget-scenario"
              scenarios={scenarios}
              value={scenarioId}
              onChange={setScenarioId}
            />
          </label>
        </div>
      </div>
      <section className="panel budget-settings-panel" aria-label="Budget">
        <div className="budget-settings" aria-label="Budget settings">
          <BudgetFields settings={settings} />
        </div>
        <p className="view__subtitle budget-reserve-note" data-testid="budget-reserve">
          {budget === null || reserve === null
            ? 'No annual budget: spend is shown without a limit and there is nothing to reallocate.'
            : `Each year keeps ${formatMoney(reserve, settings.currency)} back for experiments; the optimiser may spend ${formatMoney(Math.max(0, budget - reserve), settings.currency)} a year (pro rata in part years).`}
        </p>
      </section>
      {error ? (
        <div className="view-notice view-notice--error" role="alert">
          {`The budget figures could not be computed: ${error}`}
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div
          className={`view-notice ${warnings.some((w) => w.level === 'over') ? 'view-notice--error' : 'view-notice--warn'}`}
          role="status"
        >
          <ul className="budget-warnings" aria-label="Budget warnings" data-testid="budget-warnings">
            {warnings.map((w) => (
              <li key={w.year} data-level={w.level}>
                {w.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {analysis ? (
        <>
          <SpendPanel portfolio={portfolio} result={analysis.result} years={years} />
          <ReallocationPanel portfolio={portfolio} analysis={analysis} choice={choice} onChoice={setChoice} />
        </>
      ) : (
        <div className="view__empty">Computing…</div>
      )}
    </div>
  )
}
