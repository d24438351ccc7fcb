import { useMemo, useState } from 'react'
import type { Constraint, Objective } from '../../../../shared/decisions/reallocation'
import {
  PROVE_VALUE_FUNDING,
  type ProveValueMode,
  type RecommendationTreatment,
} from '../../../../shared/decisions/treatment'
import type { Portfolio } from '../../../../shared/model'
import { EChart } from '../../charts/EChart'
import { formatMoney, formatMoneyCompact } from '../../format'
import { useAppStore } from '../../store'
import type { BudgetAnalysis } from './analysis'
import { frontierOption } from './charts/frontierOption'
import { LOCK_LABELS, lockEdit, parseLock } from './lockEdit'
import { ROW_LIMIT, RowLimitNote } from './RowLimit'
import { CONSTRAINT_LABELS, fundedSpend, reallocationRows, type Lock, type ReallocationRow } from './reallocationRows'

const OBJECTIVE_LABELS: Record<Objective, string> = {
  npv: 'NPV',
  strategicNpv: 'Strategic-weighted NPV',
}

export interface ReallocationChoice {
  objective: Objective
  constraint: Constraint
  treatment: RecommendationTreatment
}

const PROVE_VALUE_LABELS: Record<ProveValueMode, string> = {
  reserve: 'funded first, within the reserve',
  reserveThenBudget: 'funded first, reserve then budget',
  compete: 'competes like any other',
}

const SUGGESTION_BADGES = {
  first: { text: 'Fund first', title: 'Prove value: funded before the optimiser chooses, from the reserve first' },
  fund: { text: 'Fund', title: 'Chosen by the optimiser' },
  left_out: { text: 'Left out', title: 'Recommended to pull back: left out unless locked in' },
  cut: { text: 'Cut', title: 'Not chosen by the optimiser' },
} as const

function suggestionBadge(r: ReallocationRow): keyof typeof SUGGESTION_BADGES {
  if (r.funded) return r.treatment === 'first' ? 'first' : 'fund'
  return r.treatment === 'left_out' ? 'left_out' : 'cut'
}

function Kpi({
  label,
  value,
  exact,
  note,
  tone,
  testId,
}: {
  label: string
  value: string
  /** The exact figure on hover when the value is shortened. */
  exact?: string
  note?: string
  tone?: string
  testId: string
}) {
  return (
    <div className={`kpi${tone ? ` kpi--${tone}` : ''}`} data-testid={testId}>
      <div className="kpi__label">{label}</div>
      <div className="kpi__value" title={exact ?? value}>
        {value}
      </div>
      {note ? (
        <div className="kpi__note" title={note}>
          {note}
        </div>
      ) : null}
    </div>
  )
}

/**
 * The suggested portfolio under the budget after the reserve: the constraint in words, what it
 * funds and cuts, the NPV gained, the spend of pull-back initiatives, the locks, and the frontier.
 */
export function ReallocationPanel({
  portfolio,
  analysis,
  choice,
  onChoice,
}: {
  portfolio: Portfolio
  analysis: BudgetAnalysis
  choice: ReallocationChoice
  onChoice: (choice: ReallocationChoice) => void
}) {
  const editInitiatives = useAppStore((s) => s.editInitiatives)
  const navigate = useAppStore((s) => s.navigate)
  const [lockError, setLockError] = useState<string | null>(null)
  const [showAll, setShowAll] = useState(false)
  const currency = portfolio.settings.currency
  const money = (x: number) => formatMoney(x, currency)
  const compact = (x: number) => formatMoneyCompact(x, currency)
  // A card holds about a dozen characters: larger sums show short ("$13.7B"), exact on hover.
  const kpiMoney = (x: number) => {
    const exact = money(x)
    return exact.length > 11 ? compact(x) : exact
  }
  const { reallocation, result, points } = analysis
  // The analysis may still be for the previous choice while the new one runs: label what is shown.
  const shownConstraint = analysis.inputs.constraint
  const shownObjective = analysis.inputs.objective
  const rows = useMemo(
    () => (reallocation ? reallocationRows(portfolio, result, points, reallocation, shownConstraint) : []),
    [portfolio, result, points, reallocation, shownConstraint],
  )
  // Against the budget: what the suggestion funds less what the experimentation reserve pays.
  const budgetSpend = reallocation ? fundedSpend(rows) - reallocation.proveValue.fromReserve : 0
  const option = useMemo(
    () =>
      reallocation
        ? frontierOption({
            points: reallocation.frontier,
            available: reallocation.available,
            suggested: { spend: budgetSpend, value: reallocation.suggestedValue },
            objectiveLabel: `Best ${OBJECTIVE_LABELS[shownObjective]}`,
            constraintLabel: CONSTRAINT_LABELS[shownConstraint],
            currency,
          })
        : null,
    [reallocation, budgetSpend, shownObjective, shownConstraint, currency],
  )

  const setLock = async (id: string, lock: Lock) => {
    const init = portfolio.initiatives.find((i) => i.id === id)
    if (!init) return
    const error = await editInitiatives([lockEdit(init, lock)], `Lock “${init.name}”: ${LOCK_LABELS[lock ?? 'free']}`)
    setLockError(error ? error.message : null)
  }

  const controls = (
    <div className="budget-controls">
      <label className="budget-control">
        <span>Maximise</span>
        <select
          data-testid="budget-objective"
          value={choice.objective}
          onChange={(e) =>
            onChoice({ ...choice, objective: e.currentTarget.value === 'strategicNpv' ? 'strategicNpv' : 'npv' })
          }
        >
          <option value="npv">{OBJECTIVE_LABELS.npv}</option>
          <option value="strategicNpv">{OBJECTIVE_LABELS.strategicNpv}</option>
        </select>
      </label>
      <label className="budget-control">
        <span>Constrain</span>
        <select
          data-testid="budget-constraint"
          value={choice.constraint}
          onChange={(e) =>
            onChoice({ ...choice, constraint: e.currentTarget.value === 'peakYear' ? 'peakYear' : 'horizon' })
          }
        >
          <option value="horizon">Horizon spend against the budget</option>
          <option value="peakYear">Peak-year spend against the annual budget</option>
        </select>
      </label>
      <label
        className="budget-control budget-check"
        title="Initiatives recommended to pull back are not funded unless locked in"
      >
        <input
          type="checkbox"
          data-testid="budget-treatment-pullback"
          checked={choice.treatment.excludePullBack}
          onChange={(e) =>
            onChoice({ ...choice, treatment: { ...choice.treatment, excludePullBack: e.currentTarget.checked } })
          }
        />
        <span>Leave out Pull back</span>
      </label>
      <label className="budget-control">
        <span>Prove value</span>
        <select
          data-testid="budget-treatment-prove-value"
          value={choice.treatment.proveValue}
          onChange={(e) => {
            const mode = PROVE_VALUE_FUNDING.find((m) => m === e.currentTarget.value) ?? 'reserve'
            onChoice({ ...choice, treatment: { ...choice.treatment, proveValue: mode } })
          }}
        >
          {PROVE_VALUE_FUNDING.map((mode) => (
            <option key={mode} value={mode}>
              {PROVE_VALUE_LABELS[mode]}
            </option>
          ))}
        </select>
      </label>
    </div>
  )

  if (!reallocation || !option) {
    return (
      <section className="panel" aria-label="Reallocation">
        <div className="budget-panel-head">
          <h2 className="panel__title">Reallocation</h2>
          {controls}
        </div>
        <div className="view__empty" data-testid="budget-no-budget">
          Set an annual budget to see the portfolio that fits it.
        </div>
      </section>
    )
  }

  const funded = rows.filter((r) => r.funded)
  const cut = rows.filter((r) => !r.funded)
  const pullBackNames = rows.filter((r) => reallocation.pullBackIds.includes(r.id)).map((r) => r.name)
  const gained = reallocation.npvGained
  const weighted = shownObjective === 'strategicNpv'
  const follows = reallocation.treatment.excludePullBack || reallocation.treatment.proveValue !== 'compete'
  const gainedNote =
    gained >= 0
      ? 'suggestion less the plan'
      : follows
        ? `NPV given up to follow the recommendations${weighted ? ' and strategic weight' : ''}`
        : weighted
          ? 'NPV given up for strategic weight'
          : 'suggestion less the plan'

  return (
    <section className="panel budget-realloc" aria-label="Reallocation">
      <div className="budget-panel-head">
        <h2 className="panel__title">Reallocation: the suggested portfolio</h2>
        {controls}
      </div>
      <p className="budget-constraint" data-testid="budget-constraint-text">
        {`Constraint: ${reallocation.constraintText}. Exact over whole initiatives at a resolution of ${money(reallocation.resolution)}.`}
      </p>
      <p className="budget-constraint" data-testid="budget-treatment-text">
        {`Recommendations: ${reallocation.treatmentText}`}
      </p>
      {!reallocation.feasible ? (
        <div className="view-notice view-notice--warn" role="status">
          The initiatives locked in alone cost more than the money available; they stay funded and nothing else is.
        </div>
      ) : null}
      {lockError ? (
        <div className="view-notice view-notice--error" role="alert">
          {lockError}
        </div>
      ) : null}
      <div className="kpi-strip">
        <Kpi
          testId="budget-kpi-funds"
          label="Funds"
          value={`${funded.length.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')}`}
          note={`${compact(budgetSpend)} of ${compact(reallocation.available)} available${
            reallocation.proveValue.fromReserve > 0
              ? ` + ${compact(reallocation.proveValue.fromReserve)} from the reserve`
              : ''
          }`}
        />
        <Kpi
          testId="budget-kpi-cuts"
          label="Cuts"
          value={cut.length.toLocaleString('en-US')}
          note={cut.map((r) => r.name).join(', ') || 'nothing'}
        />
        <Kpi
          testId="budget-kpi-npv"
          label="NPV of the suggestion"
          value={kpiMoney(reallocation.suggestedNpv)}
          exact={money(reallocation.suggestedNpv)}
          note={`${money(reallocation.currentNpv)} as planned${
            weighted ? ` · weighted ${money(reallocation.currentValue)} → ${money(reallocation.suggestedValue)}` : ''
          }`}
        />
        <Kpi
          testId="budget-kpi-gained"
          label="NPV gained"
          value={kpiMoney(gained)}
          exact={money(gained)}
          tone={gained > 0 ? 'good' : gained < 0 ? 'bad' : undefined}
          note={gainedNote}
        />
        <Kpi
          testId="budget-kpi-pullback"
          label="Pull-back spend"
          value={kpiMoney(reallocation.pullBackSpend)}
          exact={money(reallocation.pullBackSpend)}
          tone={reallocation.pullBackSpend > 0 ? 'warn' : undefined}
          note={pullBackNames.length > 0 ? pullBackNames.join(', ') : 'no initiative recommended to pull back'}
        />
      </div>
      <div className="budget-realloc__body">
        <div className="budget-scroll">
          <table className="table budget-table" data-testid="budget-suggestion-table">
            <thead>
              <tr>
                <th>Initiative</th>
                <th>Recommendation</th>
                <th className="num">{CONSTRAINT_LABELS[shownConstraint]}</th>
                <th className="num">NPV</th>
                <th>Lock</th>
                <th>Suggestion</th>
              </tr>
            </thead>
            <tbody>
              {(showAll ? rows : rows.slice(0, ROW_LIMIT)).map((r) => (
                <tr key={r.id} data-initiative={r.id} data-funded={r.funded ? 'yes' : 'no'}>
                  <td className="budget-name" title={r.name}>
                    <button type="button" className="link-button" onClick={() => navigate('initiative', r.id)}>
                      {r.name}
                    </button>
                  </td>
                  <td className={r.action === 'pull_back' ? 'budget-pullback' : undefined}>{r.actionLabel}</td>
                  <td className="num">{money(r.constrainedSpend)}</td>
                  <td className={`num${r.npv < 0 ? ' negative' : ''}`}>{money(r.npv)}</td>
                  <td>
                    <select
                      className="budget-lock"
                      aria-label={`Lock for ${r.name}`}
                      data-lock-for={r.id}
                      value={r.lock ?? 'free'}
                      onChange={(e) => void setLock(r.id, parseLock(e.currentTarget.value))}
                    >
                      <option value="free">{LOCK_LABELS.free}</option>
                      <option value="in">{LOCK_LABELS.in}</option>
                      <option value="out">{LOCK_LABELS.out}</option>
                    </select>
                  </td>
                  <td>
                    <span
                      className={`budget-badge budget-badge--${suggestionBadge(r)}`}
                      title={SUGGESTION_BADGES[suggestionBadge(r)].title}
                    >
                      {SUGGESTION_BADGES[suggestionBadge(r)].text}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <RowLimitNote
            shown={showAll ? rows.length : Math.min(rows.length, ROW_LIMIT)}
            total={rows.length}
            onShowAll={() => setShowAll(true)}
          />
        </div>
        <EChart title="Efficient frontier" option={option} height={320} />
      </div>
    </section>
  )
}
