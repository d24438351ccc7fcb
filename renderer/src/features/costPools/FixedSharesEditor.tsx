import { useState } from 'react'
import type { ApiError } from '../../../../shared/api/result'
import type { CostPool, Initiative } from '../../../../shared/model'
import { formatShareSum } from '../modelMix/mixLogic'
import '../modelMix/modelMix.css'
import { checkShares, draftFromShares, normaliseShares, sharesFromDraft, type ShareDraft } from './sharesLogic'

/** Fixed percentages of a pool per initiative; saving is refused here unless they sum to 100%. */
export function FixedSharesEditor({
  pool,
  initiatives,
  onSave,
}: {
  pool: CostPool
  initiatives: readonly Initiative[]
  onSave: (pool: CostPool) => Promise<ApiError | null>
}) {
  const names = new Map(initiatives.map((i) => [i.id, i.name]))
  const [draft, setDraft] = useState<ShareDraft>(() =>
    draftFromShares(
      initiatives.map((i) => i.id),
      pool.fixedShares,
    ),
  )
  const [message, setMessage] = useState<string | null>(null)
  const check = checkShares(draft, names)

  const save = async () => {
    if (check.message) {
      setMessage(check.message)
      return
    }
    const error = await onSave({ ...pool, allocation: 'fixed', fixedShares: sharesFromDraft(draft) })
    setMessage(error ? error.message : null)
  }

  return (
    <div className="pool-shares">
      <div className="pool-shares__grid" role="group" aria-label={`Fixed shares of ${pool.name}`}>
        {initiatives.map((i) => (
          <label key={i.id} className="pool-shares__row">
            <span>{i.name}</span>
            <span>
              <input
                className="pool-shares__input"
                aria-label={`Share of ${i.name}`}
                inputMode="decimal"
                placeholder="0"
                value={draft[i.id] ?? ''}
                onChange={(e) => {
                  setDraft({ ...draft, [i.id]: e.currentTarget.value })
                  setMessage(null)
                }}
              />
              %
            </span>
          </label>
        ))}
      </div>
      <div className="mix-tools">
        <button type="button" className="btn" onClick={() => setDraft(normaliseShares(draft))}>
          Normalise to 100%
        </button>
        <span
          className={`mix-sum ${check.message ? 'mix-sum--bad' : 'mix-sum--ok'}`}
          aria-live="polite"
        >{`Sum ${formatShareSum(check.shareSum)}`}</span>
        <button type="button" className="btn btn--primary" onClick={() => void save()}>
          Save shares
        </button>
      </div>
      {message ? (
        <div className="view-notice view-notice--error" role="alert">
          {message}
        </div>
      ) : null}
    </div>
  )
}
