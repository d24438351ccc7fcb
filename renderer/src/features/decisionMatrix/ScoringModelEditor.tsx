import { useState, type FormEvent } from 'react'
import type { ScoringModel } from '../../../../shared/model/strategy'
import { formatPercent } from '../../format'
import { useAppStore } from '../../store'
import { InlineInput } from './InlineInput'
import { parsePoints, refusalText } from './ruleCommit'
import { addCriterion, removeCriterion, updateCriterion, weightShares } from './scoringEdits'

/**
 * The portfolio's scoring criteria: rename, re-weight, remove and add. Weights are relative (only
 * their ratios matter), so each row also shows its share. Every change is one undo step.
 */
export function ScoringModelEditor({ model }: { model: ScoringModel }) {
  const updateScoring = useAppStore((s) => s.updateScoring)
  const setNotice = useAppStore((s) => s.setNotice)
  const [newName, setNewName] = useState('')
  const [newWeight, setNewWeight] = useState('10')
  const [addMessage, setAddMessage] = useState<string | null>(null)
  const shares = weightShares(model)

  const save = async (next: ScoringModel, label: string): Promise<string | null> => {
    const error = await updateScoring(next, label)
    return error ? refusalText(error) : null
  }
  const onAdd = async (e: FormEvent) => {
    e.preventDefault()
    const name = newName.trim()
    if (name === '') {
      setAddMessage('Name: must not be empty')
      return
    }
    const weight = parsePoints(newWeight)
    if (!weight.ok) {
      setAddMessage(`Weight: ${weight.rule}`)
      return
    }
    const message = await save(addCriterion(model, name, weight.value), `Add criterion “${name}”`)
    setAddMessage(message)
    if (!message) setNewName('')
  }

  return (
    <section className="panel" aria-label="Scoring model">
      <h2 className="panel__title">Scoring model</h2>
      <p className="matrix-note">
        Each initiative scores every criterion from 1 to 5 (in its Strategy panel). Strategic importance is the weighted
        score on 0–100: a 1 adds nothing, a 5 adds the criterion’s full share.
      </p>
      <table className="table matrix-criteria">
        <thead>
          <tr>
            <th>Criterion</th>
            <th className="num">Weight</th>
            <th className="num">Share</th>
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {model.criteria.map((c) => (
            <tr key={c.id} data-criterion={c.id}>
              <td title={c.description}>
                <InlineInput
                  value={c.name}
                  label={`Name of ${c.name}`}
                  size={24}
                  testId={`criterion-name-${c.id}`}
                  onCommit={(text) =>
                    save(updateCriterion(model, c.id, { name: text.trim() }), `Rename criterion “${c.name}”`)
                  }
                />
              </td>
              <td className="num">
                <InlineInput
                  value={String(c.weight)}
                  label={`Weight of ${c.name}`}
                  testId={`criterion-weight-${c.id}`}
                  onCommit={async (text) => {
                    const r = parsePoints(text)
                    if (!r.ok) return r.rule
                    return save(updateCriterion(model, c.id, { weight: r.value }), `Weight of “${c.name}”`)
                  }}
                />
              </td>
              <td className="num" data-share={c.id}>
                {formatPercent(shares.get(c.id) ?? 0, 0)}
              </td>
              <td>
                <button
                  type="button"
                  className="btn btn--danger btn--small"
                  disabled={model.criteria.length <= 1}
                  title={model.criteria.length <= 1 ? 'The model needs at least one criterion' : `Remove ${c.name}`}
                  onClick={() =>
                    void save(removeCriterion(model, c.id), `Remove criterion “${c.name}”`).then((m) => {
                      if (m) setNotice(`Could not remove “${c.name}”: ${m}`)
                    })
                  }
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="matrix-add" onSubmit={(e) => void onAdd(e)}>
        <input
          className="input"
          placeholder="New criterion"
          aria-label="New criterion name"
          value={newName}
          onChange={(e) => setNewName(e.currentTarget.value)}
        />
        <input
          className="input matrix-add__weight"
          aria-label="New criterion weight"
          inputMode="decimal"
          value={newWeight}
          onChange={(e) => setNewWeight(e.currentTarget.value)}
        />
        <button type="submit" className="btn">
          Add criterion
        </button>
        {addMessage ? (
          <span className="inline-input__message" role="alert">
            {addMessage}
          </span>
        ) : null}
      </form>
    </section>
  )
}
