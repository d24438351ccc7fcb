import { useEffect, useMemo, useRef, useState } from 'react'
import { useAppStore } from '../../store'
import { fieldMessage } from '../initiativeDetail/fieldIssues'
import '../overview/views.css'
import './modelMix.css'
import { checkMix, formatShareSum, normalise, rowsFromMix, toModelMix, type MixRow } from './mixLogic'

export interface ModelMixEditorProps {
  initiativeId: string
  onClose: () => void
}

/**
 * Shares of an initiative's traffic over price-book models. Saving is refused here, with the
 * reason, unless the shares sum to 100%; a valid mix is saved as ONE edit of 'usage.modelMix'.
 */
export function ModelMixEditor({ initiativeId, onClose }: ModelMixEditorProps) {
  const initiative = useAppStore((s) => s.snapshot?.portfolio.initiatives.find((i) => i.id === initiativeId) ?? null)
  const priceBook = useAppStore((s) => s.snapshot?.portfolio.priceBook)
  const editInitiatives = useAppStore((s) => s.editInitiatives)
  const [rows, setRows] = useState<MixRow[]>(() => (initiative ? rowsFromMix(initiative.usage.modelMix) : []))
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const dialogRef = useRef<HTMLDivElement>(null)
  // Focus moves into the dialog when it opens, so Escape and Tab act on it rather than the page behind.
  useEffect(() => {
    dialogRef.current?.querySelector<HTMLInputElement>('input')?.focus()
  }, [])
  const names = useMemo(() => new Map((priceBook ?? []).map((m) => [m.id, `${m.provider} · ${m.name}`])), [priceBook])
  const check = checkMix(rows, names)
  const unused = (priceBook ?? []).filter((m) => !rows.some((r) => r.modelId === m.id))

  if (!initiative) return null

  const update = (i: number, patch: Partial<MixRow>) => {
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
    setMessage(null)
  }
  const save = async () => {
    if (!check.ok) {
      setMessage(check.message)
      return
    }
    setSaving(true)
    const error = await editInitiatives(
      [{ id: initiativeId, field: 'usage.modelMix', value: toModelMix(rows) }],
      'Edit model mix',
    )
    setSaving(false)
    if (error) setMessage(fieldMessage(error, 'usage.modelMix'))
    else onClose()
  }

  return (
    <div className="dialog-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="dialog"
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-label={`Model mix of ${initiative.name}`}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 className="panel__title">{`Model mix · ${initiative.name}`}</h2>
        <p className="view__subtitle">Share of queries sent to each model. Shares must sum to 100%.</p>
        <table className="table mix-table">
          <thead>
            <tr>
              <th>Model</th>
              <th className="num">Share (%)</th>
              <th aria-label="Remove" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.modelId}-${String(i)}`}>
                <td>
                  <select
                    aria-label={`Model ${String(i + 1)}`}
                    value={row.modelId}
                    onChange={(e) => update(i, { modelId: e.currentTarget.value })}
                  >
                    {!names.has(row.modelId) ? (
                      <option value={row.modelId}>{row.modelId || 'Choose a model'}</option>
                    ) : null}
                    {(priceBook ?? [])
                      .filter((m) => m.id === row.modelId || !rows.some((r) => r.modelId === m.id))
                      .map((m) => (
                        <option key={m.id} value={m.id}>
                          {names.get(m.id)}
                        </option>
                      ))}
                  </select>
                </td>
                <td className="num">
                  <input
                    className="mix-table__share"
                    aria-label={`Share of ${names.get(row.modelId) ?? row.modelId}`}
                    inputMode="decimal"
                    value={row.percent}
                    onChange={(e) => update(i, { percent: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn--danger"
                    onClick={() => setRows(rows.filter((_, j) => j !== i))}
                    aria-label={`Remove ${names.get(row.modelId) ?? row.modelId}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mix-tools">
          <button
            type="button"
            className="btn"
            disabled={unused.length === 0}
            onClick={() => {
              const next = unused[0]
              if (next) setRows([...rows, { modelId: next.id, percent: '0' }])
            }}
          >
            Add model
          </button>
          <button type="button" className="btn" disabled={rows.length === 0} onClick={() => setRows(normalise(rows))}>
            Normalise to 100%
          </button>
          <span
            className={`mix-sum ${check.ok ? 'mix-sum--ok' : 'mix-sum--bad'}`}
            data-testid="mix-sum"
            aria-live="polite"
          >
            {`Sum ${formatShareSum(check.shareSum)}`}
          </span>
        </div>
        {message ? (
          <div className="view-notice view-notice--error" role="alert">
            {message}
          </div>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" disabled={saving} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save mix'}
          </button>
        </div>
      </div>
    </div>
  )
}
