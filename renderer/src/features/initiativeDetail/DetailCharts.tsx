import { useMemo, useState, type ReactNode } from 'react'
import type { InitiativeResult } from '../../../../shared/engine'
import { EChart } from '../../charts/EChart'
import { costByDriverOption } from '../../charts/options/costByDriverOption'
import { cumulativeNetOption } from '../../charts/options/cumulativeNetOption'
import { unitCostOption } from '../../charts/options/unitCostOption'
import { DRIVER_COLORS, NET_COLOR } from '../../charts/palette'
import { UNIT_BASIS_LABELS, unitCostSeries, type UnitBasis } from './selectors'

interface Props {
  result: InitiativeResult
  labels: string[]
  currency: string
  outcomeName: string
  /** A panel placed in the grid's fourth cell, beside the cumulative net chart. */
  aside?: ReactNode
}

/** The three charts of the initiative detail, each with its own export buttons. */
export function DetailCharts({ result, labels, currency, outcomeName, aside }: Props) {
  const [basis, setBasis] = useState<UnitBasis>('query')
  const series = result.series
  const costOption = useMemo(
    () => costByDriverOption({ labels, series, currency, withValue: true, shape: 'bar' }),
    [labels, series, currency],
  )
  const unitOption = useMemo(() => {
    const u = unitCostSeries(series, basis)
    return unitCostOption(
      labels,
      [
        { name: 'Inference only', data: u.inference, color: DRIVER_COLORS.inference, dashed: true },
        { name: 'Fully loaded', data: u.full, color: NET_COLOR, dashed: false },
      ],
      currency,
      series.unpriced,
    )
  }, [labels, series, basis, currency])
  const netOption = useMemo(
    () => cumulativeNetOption(labels, series.cumulativeNet, result.totals.paybackMonth, currency),
    [labels, series, result.totals.paybackMonth, currency],
  )
  const basisLabel = basis === 'outcome' && outcomeName ? `per ${outcomeName}` : UNIT_BASIS_LABELS[basis]
  const hasUnpriced = series.unpriced.some((u) => u === 1)

  return (
    <div className="chart-grid chart-grid--two">
      <EChart
        title="Monthly cost by driver and value"
        option={costOption}
        footer={
          hasUnpriced ? (
            <span className="unpriced">
              Some months depend on unpriced models: their inference cost is not counted.
            </span>
          ) : undefined
        }
      />
      <EChart
        title={`Cost ${basisLabel}`}
        option={unitOption}
        actions={
          <select
            className="input chart-card__select"
            aria-label="Unit cost basis"
            value={basis}
            onChange={(e) => setBasis(e.currentTarget.value as UnitBasis)}
          >
            {(Object.keys(UNIT_BASIS_LABELS) as UnitBasis[]).map((b) => (
              <option key={b} value={b}>
                {UNIT_BASIS_LABELS[b]}
              </option>
            ))}
          </select>
        }
        footer={
          hasUnpriced
            ? 'Gaps are months without volume. Shaded months leave out an unknown model price (counted as 0): their unit costs are lower bounds.'
            : 'Gaps are months without volume, where a unit cost is not defined.'
        }
      />
      <EChart title="Cumulative net" option={netOption} />
      {aside}
    </div>
  )
}
