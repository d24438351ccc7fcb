import { useMemo } from 'react'
import type { Comparison, ScenarioRun } from '../../../../shared/engine/scenarios'
import { DRIVERS, type Driver } from '../../../../shared/engine/types'
import { EChart } from '../../charts/EChart'
import { seriesData } from '../../charts/options/monthAxis'
import { caseLinesOption, driverStackOption, moneyAxis, npvByInitiativeOption, unitAxis } from './chartOptions'
import { costPerOutcomeData, entitySeries, largestNpvInitiatives } from './scenarioCases'

/** More bars than this make the NPV chart unreadable: it shows the largest by baseline NPV. */
const MAX_NPV_BARS = 25

interface Props {
  runs: readonly ScenarioRun[]
  comparison: Comparison
  /** Initiative id, or null for the portfolio. */
  focus: string | null
  labels: readonly string[]
  currency: string
}

/** The comparison's charts: monthly cost, cost per outcome, cost by driver (stacked), NPV per initiative. */
export function ScenarioCharts({ runs, comparison, focus, labels, currency }: Props) {
  const entity = focus === null ? comparison.portfolio : comparison.initiatives.find((e) => e.id === focus)
  const options = useMemo(() => {
    const lines = runs.flatMap((run) => {
      const s = entitySeries(run, focus)
      return s ? [{ name: run.name, series: s }] : []
    })
    const byDriver = comparison.columns.map((c, i) => {
      const row = (d: Driver) => entity?.rows.find((r) => r.key === `cost.${d}`)?.values[i] ?? null
      return {
        name: c.name,
        byDriver: Object.fromEntries(DRIVERS.map((d) => [d, row(d)])) as Record<Driver, number | null>,
      }
    })
    const shown = largestNpvInitiatives(comparison, MAX_NPV_BARS).flatMap((i) => comparison.initiatives[i] ?? [])
    const npvRows = shown.map((e) => e.rows.find((r) => r.key === 'npv'))
    return {
      cost: caseLinesOption(
        labels,
        lines.map((l) => ({ name: l.name, data: seriesData(l.series.totalCost) })),
        moneyAxis(currency),
      ),
      perOutcome: caseLinesOption(
        labels,
        lines.map((l) => ({ name: l.name, data: costPerOutcomeData(l.series) })),
        unitAxis(currency),
      ),
      drivers: driverStackOption(byDriver, currency),
      shownCount: shown.length,
      npv: npvByInitiativeOption(
        shown.map((e) => e.name),
        comparison.columns.map((c, i) => ({ name: c.name, npv: npvRows.map((r) => r?.values[i] ?? null) })),
        currency,
      ),
    }
  }, [runs, comparison, focus, entity, labels, currency])
  const npvHeight = Math.max(260, 90 + options.shownCount * (10 + 7 * comparison.columns.length))
  const hidden = comparison.initiatives.length - options.shownCount
  const of = focus === null ? 'portfolio' : (entity?.name ?? '')
  return (
    <div className="chart-grid chart-grid--two scenario-charts">
      <EChart title={`Monthly total cost (${of})`} option={options.cost} height={300} />
      <EChart title={`Fully loaded cost per outcome (${of})`} option={options.perOutcome} height={300} />
      <div className="chart-grid__wide">
        <EChart
          title={`Horizon cost by driver (${of})`}
          option={options.drivers}
          height={80 + 34 * comparison.columns.length}
        />
      </div>
      <div className="chart-grid__wide">
        <EChart
          title="NPV per initiative"
          option={options.npv}
          height={npvHeight}
          footer={
            hidden > 0
              ? `The ${options.shownCount} initiatives with the largest baseline NPV (of ${comparison.initiatives.length}).`
              : undefined
          }
        />
      </div>
    </div>
  )
}
