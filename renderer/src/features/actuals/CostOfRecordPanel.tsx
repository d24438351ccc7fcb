import { formatIsoMonth } from '../../../../shared/display/dates'
import type { ActualsSummary } from '../../../../shared/actuals/results'
import { formatMoneyCents } from '../../format'
import { fromCents, recordRows } from './actualsRows'

/**
 * The cost-of-record rule, visible: per provider and month, the source whose cost counts (an
 * invoice-grade export before a provider's cost report before gateway estimates), and months known
 * only from estimates marked as such.
 */
export function CostOfRecordPanel({ summary }: { summary: ActualsSummary }) {
  const rows = recordRows(summary.providerMonths)
  const money = (cents: number) => formatMoneyCents(fromCents(cents), summary.currency)
  return (
    <section className="panel actuals-panel" aria-label="Cost of record">
      <p className="view__subtitle">
        Several exports can describe the same spend. Per provider and month one source is the cost of record: an
        invoice-grade export (FOCUS, AWS CUR) first, then the provider’s cost report. Gateway and observability exports
        (LiteLLM, Langfuse, Helicone) are estimates: they split the cost of record across initiatives and models and are
        never added on top. A month known only from estimates is shown as estimated.
      </p>
      {rows.length === 0 ? (
        <p className="view__subtitle">No actuals imported yet.</p>
      ) : (
        <table className="table" data-testid="actuals-record-table">
          <thead>
            <tr>
              <th>Month</th>
              <th>Provider</th>
              <th>Cost of record</th>
              <th className="num">Cost</th>
              <th className="num">Estimates (not added)</th>
              <th>Note</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-standing={r.standing}>
                <td>{formatIsoMonth(r.month)}</td>
                <td>{r.provider}</td>
                <td>
                  {r.source}
                  {r.standing === 'estimated' ? <span className="actuals-badge">estimated</span> : null}
                </td>
                <td className="num">{money(r.cents)}</td>
                <td className="num">{r.estimateCents === 0 ? '—' : money(r.estimateCents)}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
