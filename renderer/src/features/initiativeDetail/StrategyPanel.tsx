import { strategicScore } from '../../../../shared/decisions'
import type { Initiative } from '../../../../shared/model'
import { EVIDENCE_LEVELS, type InitiativeStrategy } from '../../../../shared/model/strategy'
import { DEFAULT_SCORING_MODEL, DEFAULT_STRATEGY } from '../../../../shared/model/strategyDefaults'
import { formatNumber, formatPercent } from '../../format'
import { useAppStore } from '../../store'
import '../decisionMatrix/decisionMatrix.css'
import { percentOrTyped } from '../../../../shared/imports/numberText'
import { CommitField } from './CommitField'

const SCORES = [1, 2, 3, 4, 5] as const
const EVIDENCE_LABELS: Record<(typeof EVIDENCE_LEVELS)[number], string> = {
  none: 'None',
  anecdotal: 'Anecdotal',
  measured: 'Measured',
}

/** Blank means "not measured"; anything else is a percentage (sent as typed when unreadable, so the API names the rule). */
const parseQuality = (text: string): unknown => (text.trim() === '' ? null : percentOrTyped(text))

/**
 * How strategic the initiative is, scored against the portfolio's criteria (1–5 each), with the
 * weighted score built up line by line; and the evidence the recommendation rules read. Every
 * change saves the initiative's whole strategy as one undo step.
 */
export function StrategyPanel({ initiative }: { initiative: Initiative }) {
  const model = useAppStore((s) => s.snapshot?.portfolio.scoring ?? DEFAULT_SCORING_MODEL)
  const editInitiatives = useAppStore((s) => s.editInitiatives)
  const setNotice = useAppStore((s) => s.setNotice)
  const strategy = initiative.strategy ?? DEFAULT_STRATEGY
  const score = strategicScore(strategy, model)
  const save = (next: InitiativeStrategy, label: string) =>
    editInitiatives([{ id: initiative.id, field: 'strategy', value: next }], label)
  /** Buttons and the checkbox have no message line of their own: a refusal goes to the app's notice. */
  const saveOrTell = (next: InitiativeStrategy, label: string) =>
    void save(next, label).then((error) => {
      if (error) setNotice(`${label}: ${error.message}`)
    })

  const setScore = (criterionId: string, value: number | null) => {
    const scores = { ...strategy.scores }
    if (value === null) delete scores[criterionId]
    else scores[criterionId] = value
    const name = model.criteria.find((c) => c.id === criterionId)?.name ?? criterionId
    saveOrTell({ ...strategy, scores }, `Score ${name}`)
  }

  return (
    <section className="panel" aria-label="Strategy">
      <h2 className="panel__title">Strategy</h2>
      <table className="table strategy-scores">
        <thead>
          <tr>
            <th>Criterion</th>
            <th className="num">Weight</th>
            <th>Score (1–5)</th>
            <th className="num">Points</th>
          </tr>
        </thead>
        <tbody>
          {score.parts.map((part) => {
            const c = model.criteria.find((x) => x.id === part.criterionId)
            return (
              <tr key={part.criterionId} data-criterion={part.criterionId}>
                <td title={c?.description}>{part.name}</td>
                <td className="num">
                  {part.score === null ? (
                    <span className="strategy-muted">{formatNumber(part.weight)}</span>
                  ) : (
                    `${formatNumber(part.weight)} (${formatPercent(part.normalisedWeight, 0)})`
                  )}
                </td>
                <td>
                  <div className="score-picker" role="radiogroup" aria-label={`Score for ${part.name}`}>
                    {SCORES.map((n) => (
                      <button
                        key={n}
                        type="button"
                        role="radio"
                        aria-checked={part.score === n}
                        className={`score-picker__option${part.score === n ? ' score-picker__option--on' : ''}`}
                        data-testid={`score-${part.criterionId}-${String(n)}`}
                        onClick={() => setScore(part.criterionId, n)}
                      >
                        {n}
                      </button>
                    ))}
                    <button
                      type="button"
                      role="radio"
                      aria-checked={part.score === null}
                      className={`score-picker__option score-picker__none${part.score === null ? ' score-picker__option--on' : ''}`}
                      title="Not scored: left out of the weighting"
                      onClick={() => setScore(part.criterionId, null)}
                    >
                      –
                    </button>
                  </div>
                </td>
                <td className="num">{part.score === null ? '–' : formatNumber(part.points, 1)}</td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>
              Strategic importance (0–100)
              {score.score !== null && !score.complete ? (
                <span className="strategy-muted"> · unscored criteria are left out of the weighting</span>
              ) : null}
            </td>
            <td className="num" data-testid="strategic-score">
              {score.score === null ? 'not scored' : formatNumber(score.score, 1)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="matrix-note">
        Each criterion adds its share of the weights of the scored criteria × (score − 1) / 4 × 100.
      </p>
      <div className="form-grid">
        <CommitField
          label="User value evidence"
          field="strategy.userValueEvidence"
          kind={{ type: 'select', options: EVIDENCE_LEVELS.map((v) => ({ value: v, label: EVIDENCE_LABELS[v] })) }}
          value={strategy.userValueEvidence}
          parse={(t) => t}
          onCommit={(v) =>
            save(
              { ...strategy, userValueEvidence: v as InitiativeStrategy['userValueEvidence'] },
              'Edit user value evidence',
            )
          }
        />
        <CommitField
          label="Quality consistency"
          field="strategy.qualityPassRate"
          kind={{ type: 'number', suffix: '% of outputs passing the bar' }}
          value={strategy.qualityPassRate === null ? '' : String(Math.round(strategy.qualityPassRate * 1000) / 10)}
          parse={parseQuality}
          hint="From evaluation results; blank when not measured"
          onCommit={(v) =>
            save(
              { ...strategy, qualityPassRate: v as InitiativeStrategy['qualityPassRate'] },
              'Edit quality consistency',
            )
          }
        />
        <div className="field">
          <label className="strategy-check">
            <input
              type="checkbox"
              checked={strategy.commoditised}
              data-field="strategy.commoditised"
              onChange={(e) => saveOrTell({ ...strategy, commoditised: e.currentTarget.checked }, 'Edit commoditised')}
            />
            Commoditised: vendors sell this capability off the shelf
          </label>
        </div>
      </div>
    </section>
  )
}
