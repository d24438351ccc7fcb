import { useMemo } from 'react'
import { horizonMonthLabels } from '../../charts/options/monthAxis'
import { useAppStore } from '../../store'
import { LeverEditor } from './LeverEditor'
import type { LeverContext } from './LeverRow'
import { ScenarioComparison } from './ScenarioComparison'
import { ScenarioList } from './ScenarioList'
import '../overview/views.css'
import './scenarios.css'

/**
 * Scenarios: the list and the lever editor on top, then the comparison with the
 * baseline, its charts, the tornado and the unit-cost waterfall. Every figure is the engine's.
 */
export function ScenariosView() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const selectedChoice = useAppStore((s) => s.selectedScenarioId)
  const labels = useMemo(
    () => (portfolio ? horizonMonthLabels(portfolio.settings.startMonth, portfolio.settings.horizonMonths) : []),
    [portfolio],
  )
  const ctx = useMemo(
    (): LeverContext | null =>
      portfolio
        ? {
            monthLabels: labels,
            models: portfolio.priceBook.map((m) => ({ id: m.id, name: m.name, provider: m.provider })),
            initiatives: portfolio.initiatives.map((i) => ({ id: i.id, name: i.name })),
          }
        : null,
    [portfolio, labels],
  )
  if (!portfolio || !ctx) return <div className="view view__empty">Loading the portfolio…</div>
  const scenarios = portfolio.scenarios ?? []
  // A selection whose scenario was deleted (or un-created by an undo) falls back to the first scenario.
  const selected = scenarios.find((s) => s.id === selectedChoice) ?? scenarios[0] ?? null

  return (
    <div className="view scenarios-view" data-view="scenarios">
      <div className="view__header">
        <div>
          <h1 className="view__title">Scenarios</h1>
          <div className="view__subtitle">
            What if prices fall, prompts grow or adoption lags? Each scenario applies levers on top of the baseline.
          </div>
        </div>
      </div>
      <div className="scenario-top">
        <ScenarioList scenarios={scenarios} selectedId={selected?.id ?? null} />
        {selected ? (
          <LeverEditor key={selected.id} scenario={selected} ctx={ctx} />
        ) : (
          <section className="panel lever-editor scenario-empty">
            Create a scenario to add levers: model prices, routing, caching, prompt growth, volume, costs, value and the
            discount rate.
          </section>
        )}
      </div>
      <ScenarioComparison portfolio={portfolio} labels={labels} selectedId={selected?.id ?? null} />
    </div>
  )
}
