import type { ComparisonEntity } from '../../../../shared/engine/scenarios'
import type { ComparisonColumn } from '../../../../shared/jobs/comparisonJob'
import { formatMonthIndex } from '../../format'
import { deltaTone, formatDelta, formatKpi, kpiSections } from './kpiTable'

const UNPRICED_NOTE =
  'Leaves out a model price that is unknown (counted as 0): costs are lower bounds, net, NPV and ROI upper bounds'

interface Props {
  columns: readonly ComparisonColumn[]
  entity: ComparisonEntity
  currency: string
  startMonth: string
}

/**
 * The KPI table: one column per case (the baseline first), each scenario's figure with its change
 * to the baseline in amount and percent underneath. Every number is the engine's (compareRuns).
 */
export function KpiTable({ columns, entity, currency, startMonth }: Props) {
  const sections = kpiSections(entity)
  const flagged = entity.rows.some((r) => r.values.some((v, i) => v !== null && r.unpriced[i]))
  return (
    <div className="kpi-table__scroll">
      <table className="table kpi-table" aria-label={`Scenario comparison: ${entity.name}`}>
        <thead>
          <tr>
            <th scope="col" className="kpi-table__corner">
              {entity.name}
            </th>
            {columns.map((c, i) => (
              <th key={c.id ?? 'baseline'} scope="col" className="num kpi-table__case" data-case={c.id ?? 'baseline'}>
                {c.name}
                {i === 0 ? <span className="kpi-table__ref">reference</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.title}>
            <tr className="kpi-table__section">
              <th scope="colgroup" colSpan={columns.length + 1}>
                {section.title}
              </th>
            </tr>
            {section.rows.map((row) => (
              <tr key={row.key} data-kpi={row.key}>
                <th scope="row" className="kpi-table__label" title={row.label}>
                  {row.shortLabel}
                </th>
                {row.values.map((v, i) => {
                  const d = row.deltas[i]
                  const column = columns[i]
                  return (
                    <td key={column?.id ?? 'baseline'} className="num" data-case={column?.id ?? 'baseline'}>
                      <div className="kpi-table__value">
                        {formatKpi(v, row.unit, currency, startMonth)}
                        {v !== null && row.unpriced[i] ? (
                          <sup className="unpriced" data-unpriced="true" title={UNPRICED_NOTE}>
                            *
                          </sup>
                        ) : null}
                      </div>
                      {i > 0 && d ? (
                        <div className={`kpi-table__delta is-${deltaTone(row.key, d)}`}>
                          {formatDelta(d, row.unit, currency)}
                        </div>
                      ) : null}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p className="kpi-table__notes">
        {`NPV as of 1 ${formatMonthIndex(startMonth, 0)}; ROI undiscounted. `}
        {flagged ? `* ${UNPRICED_NOTE}.` : null}
      </p>
    </div>
  )
}
