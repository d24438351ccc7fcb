import type { ImportPreview, ModelChoice } from '../../../../shared/api/methods/imports'
import { modelKey } from '../../../../shared/imports/modelNames'
import type { PriceBookModel } from '../../../../shared/model'
import { rowRanges } from '../../../../shared/imports/usageNotes'

/** The model `name` is mapped to in `choices`, or ''. */
const chosenModel = (choices: readonly ModelChoice[], name: string): string =>
  choices.find((c) => modelKey(c.name) === modelKey(name))?.modelId ?? ''

/** `choices` with `name` mapped to `modelId` ('' removes the choice). */
function chooseModel(choices: readonly ModelChoice[], name: string, modelId: string): ModelChoice[] {
  const rest = choices.filter((c) => modelKey(c.name) !== modelKey(name))
  return modelId === '' ? rest : [...rest, { name, modelId }]
}

/**
 * Model names of the file's model column that the price book does not know (by id or name, in any
 * case), each with the price-book model it should mean. Unmapped, its rows cannot be imported.
 */
export function ImportModels({
  preview,
  priceBook,
  choices,
  onChange,
  disabled,
}: {
  preview: ImportPreview
  priceBook: readonly PriceBookModel[]
  choices: readonly ModelChoice[]
  onChange: (next: ModelChoice[]) => void
  disabled: boolean
}) {
  if (preview.unmatchedModels.length === 0) return null
  const providers = [...new Set(priceBook.map((m) => m.provider))]
  return (
    <div className="xio-models">
      <p className="xio-muted">
        Models the price book does not know. Choose the model each one means, or fix the file (or add the model to the
        price book first).
      </p>
      <div className="xio-table-wrap">
        <table className="table xio-table" aria-label="Model mapping">
          <thead>
            <tr>
              <th>Model in the file</th>
              <th>Rows</th>
              <th>Means</th>
            </tr>
          </thead>
          <tbody>
            {preview.unmatchedModels.map((u) => {
              const chosen = chosenModel(choices, u.name)
              const more = u.rowCount > u.rows.length ? ` and ${String(u.rowCount - u.rows.length)} more` : ''
              return (
                <tr key={u.name} className={chosen === '' ? 'xio-row--unmapped' : undefined}>
                  <th scope="row" className="xio-header-cell">
                    {u.name}
                  </th>
                  <td>{`${rowRanges(u.rows)}${more}`}</td>
                  <td>
                    <select
                      className="input xio-select"
                      aria-label={`Model for ${u.name}`}
                      value={chosen}
                      disabled={disabled}
                      onChange={(e) => onChange(chooseModel(choices, u.name, e.currentTarget.value))}
                    >
                      <option value="">— Choose a model —</option>
                      {providers.map((p) => (
                        <optgroup key={p} label={p}>
                          {priceBook
                            .filter((m) => m.provider === p)
                            .map((m) => (
                              <option key={m.id} value={m.id}>
                                {m.name}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
