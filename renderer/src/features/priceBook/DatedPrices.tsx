import { useState } from 'react'
import type { PriceBookModel } from '../../../../shared/model'
import { formatPercent, formatUnitMoney } from '../../format'
import { useAppStore } from '../../store'
import { formatDate } from '../../../../shared/display/dates'
import { AddPriceForm } from './AddPriceForm'
import { PRICE_FIELDS } from './priceEdits'
import { datedPrices, priceInForce } from './priceInForce'

/** Every dated price of one model, the one in force marked; add or remove dated prices, delete the model. */
export function DatedPrices({
  model,
  asOf,
  currency,
  usedBy,
}: {
  model: PriceBookModel
  asOf: string
  currency: string
  usedBy: string[]
}) {
  const upsertModel = useAppStore((s) => s.upsertModel)
  const deleteModel = useAppStore((s) => s.deleteModel)
  const [message, setMessage] = useState<string | null>(null)
  const rows = datedPrices(model)
  const inForce = priceInForce(model, asOf)
  const latest = rows[rows.length - 1]?.price ?? null
  const money = (v: number | null) =>
    v === null ? <span className="pb-unpriced">unpriced</span> : formatUnitMoney(v, currency)

  const removePrice = async (index: number) => {
    const error = await upsertModel({ ...model, prices: model.prices.filter((_, i) => i !== index) })
    setMessage(error ? error.message : null)
  }
  const remove = async () => {
    const error = await deleteModel(model.id)
    setMessage(error ? error.message : null)
  }

  return (
    <section className="panel" aria-label={`Dated prices of ${model.name}`}>
      <div className="view__header">
        <div>
          <h2 className="panel__title">{`${model.provider} · ${model.name}`}</h2>
          <div className="view__subtitle">
            {`id ${model.id} · `}
            {usedBy.length > 0 ? `used by ${usedBy.join(', ')}` : 'not used by any initiative'}
          </div>
        </div>
        <button type="button" className="btn btn--danger" onClick={() => void remove()}>
          Delete model
        </button>
      </div>
      {message ? (
        <div className="view-notice view-notice--error" role="alert">
          {message}
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="pb-unpriced">No dated price: this model is unpriced in every month. Add its price below.</p>
      ) : (
        <table className="table" aria-label="Dated prices">
          <thead>
            <tr>
              <th>From</th>
              <th className="num">Input</th>
              <th className="num">Cached</th>
              <th className="num">Cache write</th>
              <th className="num">Output</th>
              <th className="num">Batch</th>
              <th>Long context</th>
              <th>Source</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map(({ price, index }) => (
              <tr key={price.effectiveFrom} className={inForce?.index === index ? 'pb-in-force' : undefined}>
                <td>
                  {formatDate(price.effectiveFrom)}
                  {inForce?.index === index ? <span className="pb-badge">in force</span> : null}
                </td>
                {PRICE_FIELDS.map((f) => (
                  <td key={f} className="num">
                    {money(price[f])}
                  </td>
                ))}
                <td className="num">{formatPercent(price.batchDiscount)}</td>
                <td>{price.longContext ? `> ${String(price.longContext.thresholdTokens)} tokens` : '—'}</td>
                <td className="pb-source" title={price.source}>
                  {price.source || '—'}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn--danger"
                    onClick={() => void removePrice(index)}
                    aria-label={`Remove price from ${price.effectiveFrom}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddPriceForm
        key={`${model.id}:${String(model.prices.length)}`}
        model={model}
        latest={latest}
        currency={currency}
        onSave={upsertModel}
      />
    </section>
  )
}
