import { useMemo, useState } from 'react'
import type { Portfolio } from '../../../../shared/model'
import { useAppStore } from '../../store'
import { KpiTable } from './KpiTable'
import { ScenarioCharts } from './ScenarioCharts'
import { createCaseCache } from './caseCache'
import { comparedIds, toggleCompared, type ScenarioCases } from './scenarioCases'
import { TornadoPanel } from './TornadoPanel'
import { WaterfallPanel } from './WaterfallPanel'

interface Props {
  portfolio: Portfolio
  labels: readonly string[]
  /** The scenario open in the editor: the tornado shows it first. */
  selectedId: string | null
}

/** Side by side: pick the scenarios, the portfolio or one initiative; table, charts, tornado and waterfall. */
export function ScenarioComparison({ portfolio, labels, selectedId }: Props) {
  const scenarios = useMemo(() => portfolio.scenarios ?? [], [portfolio.scenarios])
  const chosen = useAppStore((s) => s.comparedScenarioIds)
  const setCompared = useAppStore((s) => s.setComparedScenarios)
  const [focusChoice, setFocus] = useState<string | null>(null)
  const [evaluate] = useState(createCaseCache)
  const ids = useMemo(() => comparedIds(scenarios, chosen), [scenarios, chosen])
  const cases = useMemo((): { ok: true; value: ScenarioCases } | { ok: false; message: string } => {
    try {
      return { ok: true, value: evaluate(portfolio, ids) }
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) }
    }
  }, [evaluate, portfolio, ids])
  const { currency, startMonth } = portfolio.settings
  const focus = focusChoice !== null && portfolio.initiatives.some((i) => i.id === focusChoice) ? focusChoice : null

  if (!cases.ok)
    return (
      <div className="view-notice view-notice--error" role="alert">
        {`The scenarios could not be computed: ${cases.message}`}
      </div>
    )
  const { runs, comparison } = cases.value
  const entity = focus === null ? comparison.portfolio : comparison.initiatives.find((e) => e.id === focus)
  const preferredCase = selectedId !== null && ids.includes(selectedId) ? selectedId : 'baseline'

  return (
    <>
      <section className="panel comparison" aria-label="Comparison">
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
        {entity ? (
          <KpiTable comparison={comparison} entity={entity} currency={currency} startMonth={startMonth} />
        ) : null}
      </section>
      <ScenarioCharts runs={runs} comparison={comparison} focus={focus} labels={labels} currency={currency} />
      <TornadoPanel
        portfolio={portfolio}
        runs={runs}
        preferredCase={preferredCase}
        focus={focus}
        focusName={entity?.name ?? ''}
        currency={currency}
      />
      {portfolio.initiatives.length > 0 ? (
        <WaterfallPanel
          runs={runs}
          initiatives={portfolio.initiatives}
          preferredInitiative={focus}
          preferredCase={preferredCase}
          labels={labels}
          currency={currency}
        />
      ) : null}
    </>
  )
}
