import type { UpdateRow } from '../../../../shared/prices/preview'
import { formatUnitMoney } from '../../format'
import { FIELD_LABELS, fieldText, MATCH_LABELS, plural } from './priceUpdateText'
import type { PriceUpdate } from './usePriceUpdate'

const STATUS_LABELS: Readonly<Record<UpdateRow['status'], string>> = {
  changed: 'New price',
  unchanged: 'Unchanged',
  new: 'New model',
  ambiguous: 'Choose',
  blocked: 'Blocked',
}

function Changes({ row, currency }: { row: UpdateRow; currency: string }) {
  return (
    <>
      {row.changes.length === 0 && row.status !== 'ambiguous' && (
        <div className="xio-muted">Same prices as in force</div>
      )}
      {row.changes.length > 0 && (
        <ul className="pu-changes">
          {row.changes.map((c) => (
            <li key={c.field}>
              <span className="pu-field">{FIELD_LABELS[c.field]}</span>{' '}
              {row.status !== 'new' && <span className="pu-old">{fieldText(c.field, c.before, currency)} → </span>}
              <strong>{fieldText(c.field, c.after, currency)}</strong>
            </li>
          ))}
        </ul>
      )}
      {row.kept.length > 0 && row.status !== 'ambiguous' && (
        <div className="xio-muted">
          {row.inForceFrom
            ? `Not in the file, kept from the price of ${row.inForceFrom}: `
            : 'Not in the file (unknown, or none): '}
          {row.kept.map((f) => FIELD_LABELS[f].toLowerCase()).join(', ')}
        </div>
      )}
      {row.reason && <div className="xio-bad">{row.reason}</div>}
      {row.notes.map((n) => (
        <div key={n} className="xio-muted pu-note">
          {n}
        </div>
      ))}
    </>
  )
}

/** Ambiguous: the file's entries that match the model, to pick one (remembered once the prices are updated). */
function Candidates({ row, update, currency }: { row: UpdateRow; update: PriceUpdate; currency: string }) {
  return (
    <fieldset className="pu-candidates" disabled={update.busy}>
      <legend>{`${String(row.candidates.length)} entries of the file match with different prices: which one prices this model?`}</legend>
      {row.candidates.map((c) => (
        <label key={c.name} className="xio-check">
          <input type="radio" name={`pick-${row.modelId}`} onChange={() => update.choose(c.name, row.modelId)} />
          <span>
            <code>{c.name}</code>{' '}
            <span className="xio-muted">
              {`in ${formatUnitMoney(c.inputPerM, currency)} · out ${formatUnitMoney(c.outputPerM, currency)}`}
              {c.cachedInputPerM !== null ? ` · cache read ${formatUnitMoney(c.cachedInputPerM, currency)}` : ''}
              {c.cacheWritePerM !== null ? ` · cache write ${formatUnitMoney(c.cacheWritePerM, currency)}` : ''}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}

function RowAction({ row, update }: { row: UpdateRow; update: PriceUpdate }) {
  if (row.status === 'new')
    return (
      <button
        type="button"
        className="btn btn--small"
        disabled={update.busy}
        onClick={() => update.toggleAdd(row.entry)}
      >
        Don’t add
      </button>
    )
  if (row.status === 'ambiguous') return null
  if (row.match === 'saved')
    return (
      <button
        type="button"
        className="btn btn--small"
        disabled={update.busy}
        onClick={() => update.choose(row.entry, undefined)}
      >
        Forget choice
      </button>
    )
  return (
    <button
      type="button"
      className="btn btn--small"
      disabled={update.busy}
      title={`“${row.entry}” is not ${row.modelName}: leave it out (remembered once the prices are updated)`}
      onClick={() => update.choose(row.entry, null)}
    >
      Not this model
    </button>
  )
}

/** The price-book models the file lists: what changes (old → new per field), what is kept, what to choose. */
export function UpdateRows({
  rows,
  update,
  currency,
  label,
}: {
  rows: readonly UpdateRow[]
  update: PriceUpdate
  currency: string
  label: string
}) {
  return (
    <div className="xio-table-wrap">
      <table className="xio-table pu-rows" aria-label={label}>
        <thead>
          <tr>
            <th>Model</th>
            <th>From the file</th>
            <th>Prices per million tokens</th>
            <th aria-label="Action" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.modelId} data-model={row.modelId} className={`pu-row pu-row--${row.status}`}>
              <td>
                <span className={`pu-status pu-status--${row.status}`}>{STATUS_LABELS[row.status]}</span>
                <div>
                  <strong>{row.modelName}</strong> <span className="xio-muted">{row.provider}</span>
                </div>
                <div className="xio-muted">
                  {row.usedBy > 0 ? `used by ${plural(row.usedBy, 'initiative')}` : 'not used by an initiative'}
                </div>
              </td>
              <td>
                {row.entry && <code>{row.entry}</code>}
                {row.status !== 'new' && <div className="xio-muted">{MATCH_LABELS[row.match]}</div>}
              </td>
              <td>
                {row.status === 'ambiguous' ? (
                  <Candidates row={row} update={update} currency={currency} />
                ) : (
                  <Changes row={row} currency={currency} />
                )}
              </td>
              <td>
                <RowAction row={row} update={update} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
