import { useDeferredValue, useState } from 'react'
import type { PriceBookModel } from '../../../../shared/model'
import type { UnusedEntry } from '../../../../shared/prices/preview'
import { formatUnitMoney } from '../../format'
import { plural } from './priceUpdateText'
import type { PriceUpdate } from './usePriceUpdate'

/** Rows shown at once; the filter finds the others. */
const SHOWN = 100

const money = (v: number | null, currency: string) => (v === null ? '—' : formatUnitMoney(v, currency))

function EntryRow({
  entry,
  models,
  update,
  currency,
}: {
  entry: UnusedEntry
  models: readonly PriceBookModel[]
  update: PriceUpdate
  currency: string
}) {
  const adding = update.adding(entry.name)
  return (
    <tr data-entry={entry.name}>
      <td>
        <code>{entry.name}</code>
        {entry.label && <div className="xio-muted">{entry.label}</div>}
        {entry.leftOut && <div className="xio-muted">left out by your choice</div>}
        {entry.candidates.length > 0 && (
          <div className="xio-muted">{`matches ${entry.candidates.join(' and ')}: choose one`}</div>
        )}
      </td>
      <td>{entry.platform ?? '—'}</td>
      <td className="num">{money(entry.inputPerM, currency)}</td>
      <td className="num">{money(entry.outputPerM, currency)}</td>
      <td className="num">{money(entry.cachedInputPerM, currency)}</td>
      <td>
        <select
          className="input xio-select"
          aria-label={`Price-book model for ${entry.name}`}
          value={entry.leftOut ? '-' : ''}
          disabled={update.busy || adding}
          onChange={(e) => {
            const v = e.currentTarget.value
            update.choose(entry.name, v === '' ? undefined : v === '-' ? null : v)
          }}
        >
          <option value="">Not mapped</option>
          <option value="-">Leave out (remember)</option>
          {models.map((m) => (
            <option key={m.id} value={m.id}>{`${m.name} (${m.id})`}</option>
          ))}
        </select>
      </td>
      <td>
        <label className="xio-check">
          <input
            type="checkbox"
            checked={adding}
            disabled={update.busy}
            onChange={() => update.toggleAdd(entry.name)}
            aria-label={`Add ${entry.name} to the price book`}
          />
          Add
        </label>
      </td>
    </tr>
  )
}

/**
 * The file's models the price book does not have, hidden until asked for: the person may say which
 * price-book model one is (remembered), leave one out for good, or add it as a new model.
 */
export function UnusedEntries({
  entries,
  models,
  update,
  currency,
}: {
  entries: readonly UnusedEntry[]
  models: readonly PriceBookModel[]
  update: PriceUpdate
  currency: string
}) {
  const [open, setOpen] = useState(false)
  const [filter, setFilter] = useState('')
  const deferred = useDeferredValue(filter.trim().toLowerCase())
  const matching =
    deferred === '' ? entries : entries.filter((e) => `${e.name} ${e.label ?? ''}`.toLowerCase().includes(deferred))
  if (entries.length === 0) return null
  return (
    <section className="pu-section" aria-label="Models the price book does not have">
      <label className="xio-check">
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.currentTarget.checked)} />
        {`Show the ${plural(entries.length, 'model')} of the file the price book does not have`}
      </label>
      {open && (
        <>
          <input
            className="input pu-filter"
            type="search"
            placeholder="Filter by name, e.g. gpt-5 or anthropic"
            aria-label="Filter the models the price book does not have"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
          />
          <div className="xio-table-wrap pu-unused" hidden={matching.length === 0}>
            <table className="xio-table" aria-label="Models not in the price book">
              <thead>
                <tr>
                  <th>In the file</th>
                  <th>Billed by</th>
                  <th className="num">Input</th>
                  <th className="num">Output</th>
                  <th className="num">Cache read</th>
                  <th>Is this price-book model</th>
                  <th>New model</th>
                </tr>
              </thead>
              <tbody>
                {matching.slice(0, SHOWN).map((e) => (
                  <EntryRow key={e.name} entry={e} models={models} update={update} currency={currency} />
                ))}
              </tbody>
            </table>
          </div>
          {matching.length === 0 && (
            <p className="xio-muted">{`No model of the file the price book does not have matches “${filter.trim()}”.`}</p>
          )}
          {matching.length > SHOWN && (
            <p className="xio-muted">{`Showing ${String(SHOWN)} of ${plural(matching.length, 'model')}: filter to find the others.`}</p>
          )}
        </>
      )}
    </section>
  )
}
