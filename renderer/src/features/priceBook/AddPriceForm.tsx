import { useState, type FormEvent } from 'react'
import type { ApiError } from '../../../../shared/api/result'
import type { LongContextTier, ModelPrice, PriceBookModel } from '../../../../shared/model'
import { amountOrTyped, percentOrTyped } from '../../../../shared/imports/numberText'
import { PRICE_FIELD_LABELS, PRICE_FIELDS, parsePriceText, priceBookRefusal, type PriceField } from './priceEdits'

type Draft = Record<
  | PriceField
  | 'effectiveFrom'
  | 'batchDiscount'
  | 'source'
  | 'tierThreshold'
  | 'tierInput'
  | 'tierCached'
  | 'tierWrite'
  | 'tierOutput',
  string
>

const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v))

function draftFrom(latest: ModelPrice | null): Draft {
  const t = latest?.longContext ?? null
  return {
    effectiveFrom: '',
    inputPerM: text(latest?.inputPerM),
    cachedInputPerM: text(latest?.cachedInputPerM),
    cacheWritePerM: text(latest?.cacheWritePerM),
    outputPerM: text(latest?.outputPerM),
    batchDiscount: latest ? String(Number((latest.batchDiscount * 100).toFixed(6))) : '0',
    source: '',
    tierThreshold: text(t?.thresholdTokens),
    tierInput: text(t?.inputPerM),
    tierCached: text(t?.cachedInputPerM),
    tierWrite: text(t?.cacheWritePerM),
    tierOutput: text(t?.outputPerM),
  }
}

/**
 * A new dated price ("price cut from 2027-07-01"), prefilled from the latest one. Values go to
 * the API as typed where they are no number, so its message names the field and the rule.
 */
function toPrice(d: Draft): ModelPrice {
  const threshold = d.tierThreshold.trim()
  const tier =
    threshold === ''
      ? null
      : ({
          thresholdTokens: amountOrTyped(threshold),
          inputPerM: parsePriceText(d.tierInput),
          cachedInputPerM: parsePriceText(d.tierCached),
          cacheWritePerM: parsePriceText(d.tierWrite),
          outputPerM: parsePriceText(d.tierOutput),
        } as LongContextTier)
  return {
    effectiveFrom: d.effectiveFrom.trim(),
    inputPerM: parsePriceText(d.inputPerM),
    cachedInputPerM: parsePriceText(d.cachedInputPerM),
    cacheWritePerM: parsePriceText(d.cacheWritePerM),
    outputPerM: parsePriceText(d.outputPerM),
    batchDiscount: percentOrTyped(d.batchDiscount),
    longContext: tier,
    source: d.source,
  } as ModelPrice
}

export function AddPriceForm({
  model,
  latest,
  currency,
  onSave,
}: {
  model: PriceBookModel
  latest: ModelPrice | null
  currency: string
  onSave: (model: PriceBookModel) => Promise<ApiError | null>
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(latest))
  const [message, setMessage] = useState<string | null>(null)
  const set = (key: keyof Draft) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: e.currentTarget.value })

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (draft.effectiveFrom.trim() === '') {
      setMessage('Effective from: choose the date from which this price applies.')
      return
    }
    const error = await onSave({ ...model, prices: [...model.prices, toPrice(draft)] })
    if (error) setMessage(priceBookRefusal(error))
    else {
      setMessage(null)
      setDraft(draftFrom(latest))
    }
  }

  const input = (key: keyof Draft, label: string, placeholder = '', wide = false) => (
    <label key={key} className={`pb-form__field${wide ? ' pb-form__field--wide' : ''}`}>
      <span>{label}</span>
      <input aria-label={label} value={draft[key]} placeholder={placeholder} onChange={set(key)} />
    </label>
  )

  return (
    <form className="pb-form" onSubmit={(e) => void submit(e)} aria-label="Add a dated price">
      <h3 className="pb-form__title">Add a dated price</h3>
      <p className="view__subtitle">{`Prices in ${currency} per million tokens. Leave a price empty when it is unknown: it is then unpriced, never 0.`}</p>
      <div className="pb-form__grid">
        <label className="pb-form__field">
          <span>Effective from</span>
          <input aria-label="Effective from" type="date" value={draft.effectiveFrom} onChange={set('effectiveFrom')} />
        </label>
        {PRICE_FIELDS.map((f) => input(f, PRICE_FIELD_LABELS[f], 'unpriced'))}
        {input('batchDiscount', 'Batch discount (%)')}
        {input('source', 'Source', 'URL or contract reference', true)}
      </div>
      <details className="pb-form__tier">
        <summary>Long-context tier (optional)</summary>
        <div className="pb-form__grid">
          {input('tierThreshold', 'Above input tokens', 'none')}
          {input('tierInput', 'Tier input', 'unpriced')}
          {input('tierCached', 'Tier cached input', 'unpriced')}
          {input('tierWrite', 'Tier cache write', 'unpriced')}
          {input('tierOutput', 'Tier output', 'unpriced')}
        </div>
      </details>
      {message ? (
        <div className="view-notice view-notice--error" role="alert">
          {message}
        </div>
      ) : null}
      <div className="dialog__actions">
        <button type="submit" className="btn btn--primary">
          Add price
        </button>
      </div>
    </form>
  )
}
