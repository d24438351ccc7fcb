import { useMemo } from 'react'
import { formatIsoMonth } from '../../../../shared/display/dates'
import { parseAmount } from '../../../../shared/imports/numberText'
import { formatMoneyCents } from '../../format'
import { useAppStore } from '../../store'
import { ActualsFilePicker } from './ActualsFilePicker'
import { confirmState, formatLabel, fromCents, plural, previewRows, previewTotals } from './actualsRows'
import type { ActualsImportState } from './useActualsImport'

/** Import: a provider or gateway export read, previewed per month and initiative, then confirmed or cancelled. */
export function ImportPanel({ state, currency }: { state: ActualsImportState; currency: string }) {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const names = useMemo(() => new Map((portfolio?.initiatives ?? []).map((i) => [i.id, i.name])), [portfolio])
  const { preview } = state
  const money = (cents: number) => formatMoneyCents(fromCents(cents), currency)
  return (
    <section className="panel actuals-panel" aria-label="Import actuals">
      <p className="view__subtitle">
        A provider, cloud or gateway export (FOCUS, OpenAI, Anthropic, AWS CUR, LiteLLM, Langfuse, Helicone). The format
        is found from the file; nothing is written until you confirm, and importing an overlapping period again replaces
        those days instead of adding them twice.
      </p>
      <ActualsFilePicker
        onPick={state.pick}
        onRefuse={state.refuse}
        disabled={state.busy}
        fileName={state.source?.fileName ?? null}
      />
      {state.error ? (
        <div className="view-notice view-notice--error" role="alert" data-testid="actuals-import-error">
          {state.error}
        </div>
      ) : null}
      {state.done ? (
        <div className="view-notice" role="status" data-testid="actuals-import-done">
          {state.done}
        </div>
      ) : null}
      {state.busy && !preview ? <p className="view__subtitle">Reading the file…</p> : null}
      {preview ? <PreviewBody state={state} names={names} money={money} /> : null}
    </section>
  )
}

function PreviewBody({
  state,
  names,
  money,
}: {
  state: ActualsImportState
  names: ReadonlyMap<string, string>
  money: (cents: number) => string
}) {
  const preview = state.preview
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  if (!preview) return null
  const rows = previewRows(preview.cells, names)
  const totals = previewTotals(preview.cells)
  const confirm = confirmState(preview)
  const unmapped = preview.models.filter((m) => m.priceModelId === null || m.how === 'chosen')
  return (
    <div className="actuals-preview" data-testid="actuals-preview">
      <p className="actuals-format" data-testid="actuals-format">
        Read as <strong>{preview.label || (preview.format ? formatLabel(preview.format) : 'unknown')}</strong>
        {preview.detected ? ' (found from the file)' : ' (as you chose)'} · {plural(preview.sourceRows, 'row')} →{' '}
        {plural(preview.lines, 'line')} · adds {plural(preview.addedLines, 'line')}, replaces{' '}
        {plural(preview.replacedLines, 'stored line')}
      </p>
      <p className="actuals-totals" data-testid="actuals-preview-totals">
        Added {money(totals.addedCents)} · replaced {money(totals.replacedCents)} · left unallocated{' '}
        {money(totals.unallocatedCents)}
      </p>
      {preview.warnings.length > 0 ? (
        <ul className="actuals-warnings">
          {preview.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {preview.refusedCount > 0 ? (
        <div className="actuals-refused" data-testid="actuals-refused">
          <h3>{plural(preview.refusedCount, 'line')} refused</h3>
          <table className="table">
            <thead>
              <tr>
                <th>Row</th>
                <th>Field</th>
                <th>Reason</th>
              </tr>
            </thead>
            <tbody>
              {preview.refused.map((r, i) => (
                <tr key={`${String(r.row)}:${r.field}:${String(i)}`}>
                  <td className="num">{r.row === null ? '—' : r.row.toLocaleString('en-US')}</td>
                  <td>{r.field}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.ratesNeeded.length > 0 || state.rates.length > 0 ? <RatesTable state={state} /> : null}
      {unmapped.length > 0 ? (
        <div className="actuals-models" data-testid="actuals-unmapped">
          <h3>Models not in the price book</h3>
          <p className="view__subtitle">
            Choose the price-book model each name means; the choice is saved, so the next import knows it.
          </p>
          <table className="table">
            <thead>
              <tr>
                <th>Provider</th>
                <th>Model in the file</th>
                <th className="num">Lines</th>
                <th>Price-book model</th>
              </tr>
            </thead>
            <tbody>
              {unmapped.map((m) => (
                <tr key={`${m.provider}:${m.model}`}>
                  <td>{m.provider}</td>
                  <td>
                    <code>{m.model}</code>
                  </td>
                  <td className="num">{m.lines.toLocaleString('en-US')}</td>
                  <td>
                    <select
                      aria-label={`Price-book model for ${m.model}`}
                      value={state.models.find((c) => c.name === m.model)?.modelId ?? ''}
                      onChange={(e) => state.chooseModel(m.model, e.currentTarget.value || null)}
                    >
                      <option value="">Not mapped (flagged)</option>
                      {(portfolio?.priceBook ?? []).map((pm) => (
                        <option key={pm.id} value={pm.id}>
                          {pm.provider} · {pm.name}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <table className="table actuals-preview-table" data-testid="actuals-preview-table">
        <thead>
          <tr>
            <th>Month</th>
            <th>Initiative</th>
            <th className="num">Added</th>
            <th className="num">Replaced</th>
            <th className="num">Month before</th>
            <th className="num">Month after</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-initiative={r.initiativeId ?? 'unallocated'} data-month={r.month}>
              <td>{formatIsoMonth(r.month)}</td>
              <td className={r.initiativeId === null ? 'actuals-unallocated' : undefined}>{r.name}</td>
              <td className="num">{money(r.addedCents)}</td>
              <td className="num">{money(r.replacedCents)}</td>
              <td className="num">{money(r.beforeCents)}</td>
              <td className="num">{money(r.afterCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actuals-actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={!confirm.enabled || state.busy}
          onClick={() => void state.confirm()}
        >
          {confirm.enabled ? `Confirm: ${confirm.text}` : 'Confirm'}
        </button>
        <button type="button" className="btn" onClick={state.cancel}>
          Cancel
        </button>
        {!confirm.enabled ? <span className="actuals-why">{confirm.text}</span> : null}
      </div>
    </div>
  )
}

function RatesTable({ state }: { state: ActualsImportState }) {
  const needed = state.preview?.ratesNeeded ?? []
  const months = [
    ...needed,
    ...state.rates.filter((r) => !needed.some((n) => n.month === r.month && n.currency === r.currency)),
  ].sort((a, b) => (a.month < b.month ? -1 : 1))
  return (
    <div className="actuals-rates" data-testid="actuals-rates">
      <h3>Exchange rates</h3>
      <p className="view__subtitle">
        The file is in another currency than the portfolio’s: give the rate of each month (one unit of the file’s
        currency in the portfolio’s).
      </p>
      <table className="table">
        <tbody>
          {months.map((m) => (
            <tr key={`${m.month}:${m.currency}`}>
              <td>{formatIsoMonth(m.month)}</td>
              <td>{m.currency}</td>
              <td>
                <input
                  className="actuals-rate"
                  aria-label={`Rate for ${m.currency} in ${formatIsoMonth(m.month)}`}
                  defaultValue={state.rates.find((r) => r.month === m.month && r.currency === m.currency)?.rate ?? ''}
                  onBlur={(e) => {
                    const read = parseAmount(e.currentTarget.value)
                    state.setRate(m.month, m.currency, read.ok ? read.value : null)
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
