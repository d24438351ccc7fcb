import { useState } from 'react'
import type { ApiError } from '../../../../shared/api/result'
import { LEVER_LABELS, type Lever, type LeverKind, type Scenario } from '../../../../shared/model/scenario'
import { useAppStore } from '../../store'
import { leverMessages, scenarioMessages } from './leverIssues'
import { LeverRow, type LeverContext } from './LeverRow'
import { newLever } from './leverTemplates'

interface Props {
  scenario: Scenario
  ctx: LeverContext
}

const KINDS = Object.keys(LEVER_LABELS) as LeverKind[]

interface Draft {
  /** The saved version the draft started from: a newer saved version (an undo) replaces the draft. */
  base: Scenario
  levers: Lever[]
  description: string
  error: ApiError
}

/**
 * The description and levers of one scenario. Each change is saved at once as one undo step; a
 * refused change stays on screen with the API's messages (field and rule, under its lever) until
 * it is corrected, while the file keeps the last valid version.
 */
export function LeverEditor({ scenario, ctx }: Props) {
  const updateScenario = useAppStore((s) => s.updateScenario)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [adding, setAdding] = useState<LeverKind>('price')
  const live = draft && draft.base === scenario ? draft : null
  const levers = live?.levers ?? scenario.levers
  const description = live?.description ?? scenario.description
  const error = live?.error ?? null

  const save = async (next: { levers?: Lever[]; description?: string }, label: string) => {
    const candidate = { levers: next.levers ?? levers, description: next.description ?? description }
    const e = await updateScenario({ ...scenario, ...candidate }, `${label} (${scenario.name})`)
    setDraft(e ? { base: scenario, ...candidate, error: e } : null)
  }
  const firstModel = ctx.models[0]?.id ?? ''

  return (
    <section className="panel lever-editor" aria-label={`Levers of ${scenario.name}`}>
      <h2 className="panel__title">{scenario.name}</h2>
      <label className="lever-field lever-editor__description">
        <span className="lever-field__label">Description</span>
        <textarea
          className="input"
          rows={2}
          defaultValue={description}
          key={`${scenario.id}:${description}`}
          placeholder="What this scenario assumes, and why"
          onBlur={(e) => {
            if (e.target.value !== description) void save({ description: e.target.value }, 'Edit description')
          }}
        />
      </label>
      {scenarioMessages(error).map((m) => (
        <div key={m} className="view-notice view-notice--error" role="alert">
          {m}
        </div>
      ))}
      {levers.length === 0 ? <p className="scenario-empty">No levers yet: this scenario equals the baseline.</p> : null}
      <ol className="lever-list">
        {levers.map((lever, i) => (
          <LeverRow
            key={lever.id}
            lever={lever}
            index={i}
            ctx={ctx}
            issues={leverMessages(error, i)}
            onChange={(next) => void save({ levers: levers.map((l, j) => (j === i ? next : l)) }, 'Edit lever')}
            onRemove={() => void save({ levers: levers.filter((_, j) => j !== i) }, 'Remove lever')}
          />
        ))}
      </ol>
      <div className="lever-editor__add">
        <label className="lever-field lever-field--inline">
          <span className="lever-field__label">New lever</span>
          <select className="input" value={adding} onChange={(e) => setAdding(e.target.value as LeverKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {LEVER_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn"
          onClick={() => void save({ levers: [...levers, newLever(adding, firstModel)] }, 'Add lever')}
        >
          Add lever
        </button>
        <span className="lever-editor__hint">
          Levers apply in a fixed order: prices, routing, cache and batch rates, then factors, ramps, shared pools and
          the discount rate.
        </span>
      </div>
    </section>
  )
}
