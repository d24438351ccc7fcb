import { useState } from 'react'
import type { Initiative, PriceBookModel } from '../../../../shared/model'
import { ModelMixEditor } from '../modelMix'

/** The initiative's model mix at a glance, with the editor one click away. */
export function ModelMixSummary({
  initiative,
  priceBook,
}: {
  initiative: Initiative
  priceBook: readonly PriceBookModel[]
}) {
  const [editing, setEditing] = useState(false)
  const names = new Map(priceBook.map((m) => [m.id, `${m.provider} ${m.name}`]))
  return (
    <section className="panel" aria-label="Model mix">
      <div className="view__header">
        <h2 className="panel__title">Model mix</h2>
        <button type="button" className="btn" onClick={() => setEditing(true)}>
          Edit model mix
        </button>
      </div>
      <table className="table">
        <tbody>
          {initiative.usage.modelMix.map((m) => (
            <tr key={m.modelId}>
              <td>{names.get(m.modelId) ?? m.modelId}</td>
              <td className="num">{`${Number((m.share * 100).toFixed(2))}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? <ModelMixEditor initiativeId={initiative.id} onClose={() => setEditing(false)} /> : null}
    </section>
  )
}
