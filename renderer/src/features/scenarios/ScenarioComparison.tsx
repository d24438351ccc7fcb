import { useEffect, useMemo, useState } from 'react'
import type { Portfolio } from '../../../../shared/model'
import { useAppStore } from '../../store'
import { KpiTable } from './KpiTable'
import { ScenarioCharts } from './ScenarioCharts'
import { sameComparison } from './comparisonSlice'
import { comparedIds, toggleCompared } from './scenarioCases'
import { TornadoPanel } from './TornadoPanel'
import { WaterfallPanel } from './WaterfallPanel'

interface Props {
  portfolio: Portfolio
  labels: readonly string[]
  /** The scenario open in the editor: the tornado shows it first. */
  selectedId: string | null
}

/**
 * Side by side: pick the scenarios, the portfolio or one initiative; table, charts, tornado and
 * waterfall. The comparison is computed in the engine's worker (the store's comparison slice), so
 * typing stays quick with a thousand initiatives; the last figures stay, marked as updating, until
 * the new ones are in.
 */
export function ScenarioComparison({ portfolio, labels, selectedId }: Props) {
  const scenarios = useMemo(() => portfolio.scenarios ?? [], [portfolio.scenarios])
  const chosen = useAppStore((s) => s.comparedScenarioIds)
  const setCompared = useAppStore((s) => s.setComparedScenarios)
  const requestComparison = useAppStore((s) => s.requestComparison)
  const comparison = useAppStore((s) => s.comparison)
  const [focusChoice, setFocus] = useState<string | null>(null)
  const ids = useMemo(() => comparedIds(scenarios, chosen), [scenarios, chosen])
  const focus = focusChoice !== null && portfolio.initiatives.some((i) => i.id === focusChoice) ? focusChoice : null
  const params = useMemo(() => ({ portfolio, scenarioIds: ids, focus }), [portfolio, ids, focus])
  useEffect(() => requestComparison(params), [requestComparison, params])
  const { currency, startMonth } = portfolio.settings
  const { result } = comparison
  const fresh = comparison.status === 'done' && sameComparison(comparison.params, params)
  const firstActiveMonth = useMemo(() => {
    const months = new Map(result?.initiativeIds.map((id, i) => [id, result.firstActiveMonth[i] ?? 0]))
    return (id: string) => months.get(id) ?? 0
  }, [result])
  const preferredCase = selectedId !== null && ids.includes(selectedId) ? selectedId : 'baseline'

  return (
    <>
      <section
        className="panel comparison"
        aria-label="Comparison"
        aria-busy={!fresh || undefined}
        data-comparison={comparison.status}
      >
        <div className="panel__head">
          <h2 className="panel__title">Comparison with the baseline</h2>
          <label className="lever-field lever-field--inline">
            <span className="lever-field__label">Figures for</span>
            <select
              className="input"
              aria-label="Figures for"
              value={focus ?? ''}
              onChange={(e) => setFocus(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">Portfolio (all initiatives)</option>
              {portfolio.initiatives.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="case-picker">
          <legend>Cases compared</legend>
          <label className="case-chip is-fixed" title="The baseline is always the reference column">
            <input type="checkbox" checked disabled />
            Baseline
          </label>
          {scenarios.map((s) => (
            <label key={s.id} className={`case-chip${ids.includes(s.id) ? ' is-on' : ''}`}>
              <input
                type="checkbox"
                checked={ids.includes(s.id)}
                onChange={() => setCompared(toggleCompared(scenarios, chosen, s.id))}
              />
              {s.name}
            </label>
          ))}
        </fieldset>
        {comparison.status === 'failed' ? (
          <div className="view-notice view-notice--error" role="alert">
            {`The scenarios could not be computed: ${comparison.message ?? 'unknown error'}`}
          </div>
        ) : null}
        {result ? (
          <div className={fresh ? undefined : 'is-updating'}>
            <KpiTable columns={result.columns} entity={result.entity} currency={currency} startMonth={startMonth} />
          </div>
        ) : (
          <p className="scenario-empty" role="status">
            Comparing the scenarios…
          </p>
        )}
      </section>
      {result ? (
        <>
          <ScenarioCharts result={result} updating={!fresh} labels={labels} currency={currency} />
          <TornadoPanel
            portfolio={portfolio}
            cases={result.columns}
            preferredCase={preferredCase}
            focus={focus}
            focusName={portfolio.initiatives.find((i) => i.id === focus)?.name ?? portfolio.settings.name}
            currency={currency}
          />
          {portfolio.initiatives.length > 0 ? (
            <WaterfallPanel
              portfolio={portfolio}
              cases={result.columns}
              firstActiveMonth={firstActiveMonth}
              preferredInitiative={focus}
              preferredCase={preferredCase}
              labels={labels}
              currency={currency}
            />
          ) : null}
        </>
      ) : null}
    </>
  )
}
