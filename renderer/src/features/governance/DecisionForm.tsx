import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { DECISIONS, STAGES, type DecisionKind, type Initiative, type Stage } from '../../../../shared/model'
import { useAppStore } from '../../store'
import { formatDate } from '../../../../shared/display/dates'
import { STAGE_LABELS } from '../initiativeDetail/framingFields'
import '../initiativeDetail/forms.css'
import {
  apiIssues,
  DECISION_LABELS,
  decisionEdits,
  draftIssues,
  DRAFT_LABELS,
  emptyDraft,
  nextDecisionId,
  suggestedStage,
  toEntry,
  type DecisionDraft,
  type DraftField,
  type DraftIssues,
} from './decisionDraft'
import { useToday } from '../../app/useToday'

interface Props {
  initiative: Initiative
  /** Called once the decision is saved (a dialog closes). */
  onLogged?: () => void
  /** Focus the first field when shown (in a dialog). */
  autoFocus?: boolean
}

/**
 * Logs one decision: date, decision, rationale, who, and optionally the next review date and the stage.
 * The log, review date and stage are written in one call and are one undo step.
 */
export function DecisionForm({ initiative, onLogged, autoFocus }: Props) {
  const today = useToday()
  const editInitiatives = useAppStore((s) => s.editInitiatives)
  const [draft, setDraft] = useState<DecisionDraft>(() => ({
    ...emptyDraft(today),
    stage: suggestedStage('continue', initiative.governance.stage),
  }))
  const [stageTouched, setStageTouched] = useState(false)
  const [issues, setIssues] = useState<DraftIssues>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [logged, setLogged] = useState<string | null>(null)
  const id = useId()

  const set = <F extends DraftField>(field: F, value: DecisionDraft[F]) => {
    setDraft((d) => ({ ...d, [field]: value }))
    setIssues((i) => ({ ...i, [field]: undefined }))
    setLogged(null)
  }

  const onDecision = (decision: DecisionKind) => {
    setDraft((d) => ({
      ...d,
      decision,
      // The stage follows the decision (scale -> scaling, sunset -> sunset) until the user picks one.
      stage: stageTouched ? d.stage : suggestedStage(decision, initiative.governance.stage),
    }))
    setLogged(null)
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const local = draftIssues(draft)
    setIssues(local)
    setFormError(null)
    if (Object.keys(local).length > 0) return
    const entry = toEntry(draft, nextDecisionId(initiative))
    setSaving(true)
    const error = await editInitiatives(
      decisionEdits(initiative, entry),
      `Log decision “${DECISION_LABELS[entry.decision]}” on “${initiative.name}”`,
    )
    setSaving(false)
    if (error) {
      const spread = apiIssues(error)
      setIssues(spread.fields)
      setFormError(spread.form)
      return
    }
    setLogged(`Logged “${DECISION_LABELS[entry.decision]}” of ${formatDate(entry.date)}.`)
    setDraft({ ...emptyDraft(today), by: draft.by })
    setStageTouched(false)
    onLogged?.()
  }

  const fieldProps = (field: DraftField) => ({
    id: `${id}-${field}`,
    'data-field': `decision.${field}`,
    'aria-invalid': issues[field] !== undefined,
    'aria-describedby': issues[field] ? `${id}-${field}-msg` : undefined,
  })
  const wrap = (field: DraftField, control: ReactNode, wide = false, hint?: string) => (
    <div className={`field${wide ? ' field--wide' : ''}${issues[field] ? ' field--error' : ''}`}>
      <label htmlFor={`${id}-${field}`}>{DRAFT_LABELS[field]}</label>
      {control}
      {issues[field] ? (
        <div id={`${id}-${field}-msg`} className="field__message" role="alert">
          {issues[field]}
        </div>
      ) : hint ? (
        <div className="field__hint">{hint}</div>
      ) : null}
    </div>
  )
  const current = initiative.governance

  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Log a decision">
      <div className="form-grid decision-form__grid">
        {wrap(
          'date',
          <input
            type="text"
            placeholder="e.g. 7 Jul 2027"
            {...fieldProps('date')}
            value={draft.date}
            autoFocus={autoFocus}
            onChange={(e) => set('date', e.currentTarget.value)}
          />,
        )}
        {wrap(
          'decision',
          <select
            {...fieldProps('decision')}
            value={draft.decision}
            onChange={(e) => onDecision(e.currentTarget.value as DecisionKind)}
          >
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {DECISION_LABELS[d]}
              </option>
            ))}
          </select>,
        )}
        {wrap(
          'by',
          <input
            type="text"
            {...fieldProps('by')}
            value={draft.by}
            onChange={(e) => set('by', e.currentTarget.value)}
          />,
        )}
        {wrap(
          'nextReviewDate',
          <input
            type="text"
            placeholder="e.g. 7 Jan 2028"
            {...fieldProps('nextReviewDate')}
            value={draft.nextReviewDate}
            onChange={(e) => set('nextReviewDate', e.currentTarget.value)}
          />,
          false,
          current.reviewDate ? `Empty keeps ${formatDate(current.reviewDate)}` : 'Empty leaves it unplanned',
        )}
        {wrap(
          'stage',
          <select
            {...fieldProps('stage')}
            value={draft.stage}
            onChange={(e) => {
              setStageTouched(true)
              set('stage', e.currentTarget.value as Stage | '')
            }}
          >
            <option value="">{`Keep (${STAGE_LABELS[current.stage]})`}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>,
        )}
        {wrap(
          'rationale',
          <textarea
            rows={3}
            {...fieldProps('rationale')}
            value={draft.rationale}
            onChange={(e) => set('rationale', e.currentTarget.value)}
          />,
          true,
          'Why: the figures and evidence the decision rests on',
        )}
      </div>
      {formError ? (
        <div className="view-notice view-notice--error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="decision-form__actions">
        {logged ? (
          <span className="decision-form__done" role="status">
            {logged}
          </span>
        ) : null}
        <button type="submit" className="btn btn--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Log decision'}
        </button>
      </div>
    </form>
  )
}
