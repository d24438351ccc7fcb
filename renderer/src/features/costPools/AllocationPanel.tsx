import { useMemo } from 'react'
import type { PortfolioResult } from '../../../../shared/engine'
import type { Initiative } from '../../../../shared/model'
import { EChart } from '../../charts/EChart'
import type { ChartOption } from '../../charts/echartsCore'
import { seriesData } from '../../charts/options/monthAxis'
import { percentText } from '../../charts/options/percentText'
import { formatMoney, formatMoneyCompact } from '../../format'
import { allocationRows, hasUnallocated } from './selectors'

/** Each initiative's shared-pool cost per month (the engine's cost.shared series), stacked. */
function allocationOption(
  initiatives: readonly Initiative[],
  results: PortfolioResult,
  labels: string[],
  currency: string,
): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 12, bottom: 96, containLabel: true },
    legend: { type: 'plain', bottom: 0, left: 0, right: 0, itemWidth: 14, itemHeight: 9, textStyle: { fontSize: 11 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—'),
    },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyCompact(v, currency) } },
    series: initiatives.flatMap((i) => {
      const r = results.byId.get(i.id)
      return r
        ? [
            {
              type: 'bar' as const,
              name: i.name,
              stack: 'shared',
              barMaxWidth: 28,
              data: seriesData(r.series.cost.shared),
            },
          ]
        : []
    }),
  }
}

export function AllocationPanel({
  initiatives,
  results,
  labels,
  currency,
}: {
  initiatives: readonly Initiative[]
  results: PortfolioResult
  labels: string[]
  currency: string
}) {
  const option = useMemo(
    () => allocationOption(initiatives, results, labels, currency),
    [initiatives, results, labels, currency],
  )
  const rows = allocationRows(initiatives, results).sort((a, b) => b.shared - a.shared)
  return (
    <div className="chart-grid">
      <EChart title="Shared cost allocated per initiative" option={option} height={400} />
      <section className="panel" aria-label="Allocation over the horizon">
        <h2 className="panel__title">Allocation over the horizon</h2>
        {hasUnallocated(results) ? (
          <div className="view-notice view-notice--warn">Some pool cost has no initiative to carry it.</div>
        ) : null}
        <table className="table">
          <thead>
            <tr>
              <th>Initiative</th>
              <th className="num">Shared cost</th>
              <th className="num">Share of pools</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.name}</td>
                <td className="num" data-allocation={r.id}>
                  {formatMoney(r.shared, currency)}
                </td>
                <td className="num">{percentText(r.shareOfPools)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
