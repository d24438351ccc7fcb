import { useMemo } from 'react'
import type { ComparisonJobResult } from '../../../../shared/jobs/comparisonJob'
import { DRIVERS, type Driver } from '../../../../shared/engine/types'
import { EChart } from '../../charts/EChart'
import { caseLinesOption, driverStackOption, moneyAxis, npvByInitiativeOption, unitAxis } from './chartOptions'
import { caseLines, largestNpvInitiatives, npvColumns } from './scenarioCases'

/** More bars than this make the NPV chart unreadable: it shows the largest by baseline NPV. */
const MAX_NPV_BARS = 25

interface Props {
  result: ComparisonJobResult
  /** The figures are for earlier choices while new ones are computed. */
  updating: boolean
  labels: readonly string[]
  currency: string
}

/** The comparison's charts: monthly cost, cost per outcome, cost by driver (stacked), NPV per initiative. */
export function ScenarioCharts({ result, updating, labels, currency }: Props) {
  const options = useMemo(() => {
    const lines = caseLines(result)
    const { entity } = result
    const byDriver = result.columns.map((c, i) => {
      const row = (d: Driver) => entity.rows.find((r) => r.key === `cost.${d}`)?.values[i] ?? null
      return {
        name: c.name,
        byDriver: Object.fromEntries(DRIVERS.map((d) => [d, row(d)])) as Record<Driver, number | null>,
      }
    })
    const shown = largestNpvInitiatives(result, MAX_NPV_BARS)
    return {
      cost: caseLinesOption(
        labels,
        lines.map((l) => ({ name: l.name, data: l.totalCost })),
        moneyAxis(currency),
      ),
      perOutcome: caseLinesOption(
        labels,
        lines.map((l) => ({ name: l.name, data: l.costPerOutcome })),
        unitAxis(currency),
      ),
      drivers: driverStackOption(byDriver, currency),
      shownCount: shown.length,
      npv: npvByInitiativeOption(
        shown.map((i) => result.initiativeNames[i] ?? ''),
        npvColumns(result, shown),
        currency,
      ),
    }
  }, [result, labels, currency])
  const npvHeight = Math.max(260, 90 + options.shownCount * (10 + 7 * result.columns.length))
  const hidden = result.initiativeIds.length - options.shownCount
  const of = result.focus === null ? 'portfolio' : result.entity.name
  return (
    <div className={`chart-grid chart-grid--two scenario-charts${updating ? ' is-updating' : ''}`}>
      <EChart title={`Monthly total cost (${of})`} option={options.cost} height={300} />
      <EChart title={`Fully loaded cost per outcome (${of})`} option={options.perOutcome} height={300} />
      <div className="chart-grid__wide">
        <EChart
          title={`Horizon cost by driver (${of})`}
          option={options.drivers}
          height={80 + 34 * result.columns.length}
        />
      </div>
      <div className="chart-grid__wide">
        <EChart
          title="NPV per initiative"
          option={options.npv}
          height={npvHeight}
          footer={
            hidden > 0
              ? `The ${options.shownCount} initiatives with the largest baseline NPV (of ${result.initiativeIds.length}).`
              : undefined
          }
        />
      </div>
    </div>
  )
}
