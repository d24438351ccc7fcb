import type { PriceBookModel } from '../../../../shared/model'
import type { PriceUpdateApplied, PriceUpdatePreview } from '../../../../shared/prices/preview'
import { DialogFrame } from '../exportImport/DialogFrame'
import { PriceFilePicker } from './PriceFilePicker'
import { plural } from './priceUpdateText'
import { UnusedEntries } from './UnusedEntries'
import { UpdateRows } from './UpdateRows'
import { usePriceUpdate, type PriceUpdate } from './usePriceUpdate'
import './priceUpdate.css'

function Summary({ p }: { p: PriceUpdatePreview }) {
  const c = p.counts
  const parts = [
    c.changed > 0 ? `${plural(c.changed, 'new price')}` : '',
    c.added > 0 ? `${plural(c.added, 'new model')}` : '',
    `${plural(c.unchanged, 'model')} unchanged`,
    c.ambiguous > 0 ? `${String(c.ambiguous)} to choose` : '',
    c.blocked > 0 ? `${String(c.blocked)} blocked` : '',
  ].filter((s) => s !== '')
  const nothing = c.changed + c.added + c.ambiguous + c.blocked === 0
  return (
    <p className="xio-counts" data-testid="price-update-counts">
      <strong>{p.formatLabel}</strong>
      {` · ${plural(c.entries, 'entry', 'entries')} read: ${parts.join(', ')}.`}
      {nothing && ' Nothing to update: every price in the file is the one in force.'}
    </p>
  )
}

function Details({ p }: { p: PriceUpdatePreview }) {
  const matchedRefusals = p.refused.filter((r) => r.modelId !== null)
  return (
    <>
      {matchedRefusals.map((r) => (
        <p key={r.name} className="xio-status xio-status--warn">
          {`“${r.name}” would price ${r.modelId ?? ''} but is refused: ${r.reason}.`}
        </p>
      ))}
      {p.notInFile.length > 0 && (
        <p className="xio-muted">{`Not in the file, left as they are: ${p.notInFile.map((m) => m.name).join(', ')}.`}</p>
      )}
      {p.skipped.length > 0 && (
        <p className="xio-muted">
          {`Skipped, not priced per token of text: ${p.skipped.map((s) => `${s.mode} ${String(s.count)}`).join(', ')}.`}
        </p>
      )}
      {p.refused.length > 0 && (
        <details className="xio-details">
          <summary>{`${plural(p.refused.length, 'entry', 'entries')} refused`}</summary>
          <ul className="xio-issues" aria-label="Refused entries">
            {p.refused.slice(0, 500).map((r) => (
              <li key={r.name}>
                <code>{r.name}</code>: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}

function PreviewBody({
  update,
  p,
  models,
  currency,
}: {
  update: PriceUpdate
  p: PriceUpdatePreview
  models: readonly PriceBookModel[]
  currency: string
}) {
  const open = p.rows.filter((r) => r.status !== 'unchanged')
  const unchanged = p.rows.filter((r) => r.status === 'unchanged')
  return (
    <div className="xio-step">
      <Summary p={p} />
      {p.warnings.map((w) => (
        <p key={w} className="xio-status xio-status--warn">
          {w}
        </p>
      ))}
      {open.length > 0 && <UpdateRows rows={open} update={update} currency={currency} label="Price changes" />}
      {unchanged.length > 0 && (
        <details className="xio-details">
          <summary>{`${plural(unchanged.length, 'model')} with the same prices as the price book`}</summary>
          <UpdateRows rows={unchanged} update={update} currency={currency} label="Unchanged models" />
        </details>
      )}
      <UnusedEntries entries={p.unused} models={models} update={update} currency={currency} />
      <Details p={p} />
    </div>
  )
}

function Actions({
  update,
  onClose,
  onApplied,
}: {
  update: PriceUpdate
  onClose: () => void
  onApplied: (applied: PriceUpdateApplied) => void
}) {
  const c = update.preview?.counts
  const n = c ? c.changed + c.added : 0
  const label =
    c && c.added > 0
      ? `Add ${plural(c.changed, 'price')} and ${plural(c.added, 'model')}`
      : `Add ${plural(n, 'dated price')}`
  return (
    <>
      <button type="button" className="btn" onClick={onClose} disabled={update.busy && update.preview !== null}>
        Cancel
      </button>
      <button
        type="button"
        className="btn btn--primary"
        disabled={update.busy || n === 0}
        title={
          n === 0 ? 'Nothing to add: every price in the file is the one in force' : 'One step: Undo takes it all back'
        }
        onClick={() => void update.apply().then((applied) => applied && onApplied(applied))}
      >
        {update.busy && update.preview ? 'Updating…' : label}
      </button>
    </>
  )
}

/**
 * Price book → Update from file…: LiteLLM's model_prices_and_context_window.json or OpenRouter's
 * models list, previewed against the price book, then every change added as a new dated price in one step.
 */
export function PriceUpdateDialog({
  models,
  currency,
  onClose,
  onDone,
}: {
  models: readonly PriceBookModel[]
  currency: string
  onClose: () => void
  onDone: (applied: PriceUpdateApplied, fileName: string, effectiveFrom: string) => void
}) {
  const update = usePriceUpdate()
  const p = update.preview
  const applied = (result: PriceUpdateApplied) => {
    onDone(result, update.source?.fileName ?? '', update.effectiveFrom)
    onClose()
  }
  return (
    <DialogFrame
      title="Update prices from a file"
      wide
      onClose={update.busy ? null : onClose}
      actions={<Actions update={update} onClose={onClose} onApplied={applied} />}
    >
      <div className="pu-top">
        <p className="pu-intro">
          Reads <strong>LiteLLM’s</strong> <code>model_prices_and_context_window.json</code> or{' '}
          <strong>OpenRouter’s</strong> models list (the JSON of <code>openrouter.ai/api/v1/models</code>), saved on
          this computer. A changed price is added as a new dated price; nothing is overwritten.
        </p>
        <div className="pu-controls">
          <PriceFilePicker
            onPick={(f) => void update.pick(f)}
            onRefuse={update.refuse}
            disabled={update.busy}
            fileName={update.source?.fileName ?? null}
          />
          <label className="xio-inline">
            Prices in force from
            <input
              className="input"
              type="date"
              value={update.effectiveFrom}
              disabled={update.busy}
              onChange={(e) => e.currentTarget.value && update.setEffectiveFrom(e.currentTarget.value)}
            />
          </label>
          <span className="xio-muted">{`read on ${update.readOn}`}</span>
        </div>
      </div>
      {p && <PreviewBody update={update} p={p} models={models} currency={currency} />}
      {update.busy && (
        <div className="xio-progress" role="status">
          <span className="xio-spinner" aria-hidden="true" />
          <span>{`Reading ${update.source?.fileName ?? 'the file'}…`}</span>
        </div>
      )}
      {update.error && (
        <p className="xio-status xio-status--error" role="alert">
          {update.error.message}
        </p>
      )}
    </DialogFrame>
  )
}
