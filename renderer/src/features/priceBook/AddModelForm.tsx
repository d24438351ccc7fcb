import { useState, type FormEvent } from 'react'
import type { ApiError } from '../../../../shared/api/result'
import type { PriceBookModel } from '../../../../shared/model'
import { modelIdFrom, priceBookRefusal } from './priceEdits'

/** Adds a model with no price yet (unpriced until a dated price is added), then selects it. */
export function AddModelForm({
  takenIds,
  onSave,
  onAdded,
}: {
  takenIds: ReadonlySet<string>
  onSave: (model: PriceBookModel) => Promise<ApiError | null>
  onAdded: (id: string) => void
}) {
  const [provider, setProvider] = useState('')
  const [name, setName] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const id = modelIdFrom(provider, name, takenIds)
    const error = await onSave({ id, provider: provider.trim(), name: name.trim(), prices: [] })
    if (error) {
      setMessage(priceBookRefusal(error))
      return
    }
    setMessage(null)
    setProvider('')
    setName('')
    onAdded(id)
  }
  return (
    <form className="view__tools" onSubmit={(e) => void submit(e)} aria-label="Add a model">
      <input
        className="input"
        aria-label="New model provider"
        placeholder="Provider"
        value={provider}
        onChange={(e) => setProvider(e.currentTarget.value)}
      />
      <input
        className="input"
        aria-label="New model name"
        placeholder="Model name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <button type="submit" className="btn">
        Add model
      </button>
      {message ? (
        <span className="field__message" role="alert">
          {message}
        </span>
      ) : null}
    </form>
  )
}
