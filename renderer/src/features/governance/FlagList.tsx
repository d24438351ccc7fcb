import { formatDate } from '../../../../shared/display/dates'
import { useAppStore } from '../../store'
import { formatMoney, formatNumber } from '../../format'
import { FLAG_LABELS } from '../../../../shared/decisions'
import type { FlagFigure, FlagRow } from './flagRows'

function figureText(f: FlagFigure, currency: string): string {
  switch (f.kind) {
    case 'money':
      return formatMoney(f.value, currency)
    case 'days':
      return `${formatNumber(f.value, 0)} day${f.value === 1 ? '' : 's'}`
    case 'months':
      return `${formatNumber(f.value, 0)} month${f.value === 1 ? '' : 's'}`
    case 'date':
      return formatDate(f.value)
  }
}

/** Every investment-discipline flag of the portfolio; a row opens its initiative. */
export function FlagList({ rows, currency }: { rows: readonly FlagRow[]; currency: string }) {
  const navigate = useAppStore((s) => s.navigate)
  return (
    <section className="panel" aria-label="Investment discipline flags">
      <h2 className="panel__title">{`Investment discipline · ${rows.length} flag${rows.length === 1 ? '' : 's'}`}</h2>
      {rows.length === 0 ? (
        <p className="view__subtitle">No initiative is flagged: every costly one is framed and has a review date.</p>
      ) : (
        <table className="table gov-table" data-testid="flag-list">
          <thead>
            <tr>
              <th>Initiative</th>
              <th>Flag</th>
              <th>Message</th>
              <th>Figures</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.initiativeId}:${r.kind}`}
                className="gov-table__row"
                data-initiative={r.initiativeId}
                data-flag={r.kind}
                onClick={() => navigate('initiative', r.initiativeId)}
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={(e) => {
                      e.stopPropagation()
                      navigate('initiative', r.initiativeId)
                    }}
                  >
                    {r.name}
                  </button>
                </td>
                <td>
                  <span className={`gov-badge gov-badge--${r.kind}`}>{FLAG_LABELS[r.kind]}</span>
                </td>
                <td className="gov-table__wrap">{r.message}</td>
                <td>
                  <div className="gov-figures">
                    {r.figures.map((f) => (
                      <span key={f.label}>
                        <span className="gov-figures__label">{f.label}</span> {figureText(f, currency)}
                      </span>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
