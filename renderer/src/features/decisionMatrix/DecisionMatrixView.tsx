import { useCallback, useMemo, useState } from 'react'
import { BASELINE_NAME } from '../../../../shared/engine/scenarios'
import { CaseSelect } from '../scenarios/CaseSelect'
import { DEFAULT_SCORING_MODEL } from '../../../../shared/model/strategyDefaults'
import { useAppStore } from '../../store'
import '../overview/views.css'
import './decisionMatrix.css'
import { MatrixChart } from './MatrixChart'
import { type ColourBy } from './matrixOption'
import { matrixPoints, movesBetween, scenarioResult } from './matrixRuns'
import { useToday } from '../../app/useToday'
import { movesText } from './movesText'
import { notPlacedReason } from './ordering'
import { RecommendationList } from './RecommendationList'
import { refusalText } from './ruleCommit'
import { RulesEditor } from './RulesEditor'
import { parameterValue, withParameter, type RuleParameter } from './scoringEdits'
import { ScoringModelEditor } from './ScoringModelEditor'

/** Unplaced initiatives named in the notice; the rest are counted (a large file may have hundreds). */
const MAX_NAMED = 5

/**
 * The decision matrix: scale economics against strategic importance under the baseline or a
 * scenario, the recommendation per initiative beside it, and the rules and scoring model below.
 */
export function DecisionMatrixView() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const results = useAppStore((s) => s.results)
  const navigate = useAppStore((s) => s.navigate)
  const updateScoring = useAppStore((s) => s.updateScoring)
  const setNotice = useAppStore((s) => s.setNotice)
  const [scenarioId, setScenarioId] = useState<string | null>(null)
  const [colourBy, setColourBy] = useState<ColourBy>('stage')
  const [arrows, setArrows] = useState(true)
  // The rules take "today" for review dates; the view keeps the day it was opened on.
  const today = useToday()

  const scenarioList = portfolio?.scenarios
  const scenarios = useMemo(() => scenarioList ?? [], [scenarioList])
  const chosen = scenarios.find((s) => s.id === scenarioId) ?? null
  const chosenId = chosen?.id ?? null
  // Only what the engine reads, so a scoring change re-scores the matrix without re-running the scenario.
  const settings = portfolio?.settings
  const priceBook = portfolio?.priceBook
  const costPools = portfolio?.costPools
  const initiatives = portfolio?.initiatives
  const scenarioRun = useMemo(
    () =>
      settings && priceBook && costPools && initiatives && chosenId
        ? scenarioResult({ settings, priceBook, costPools, initiatives, scenarios }, chosenId)
        : null,
    [settings, priceBook, costPools, initiatives, scenarios, chosenId],
  )
  const points = useMemo(
    () => (portfolio && results ? matrixPoints(portfolio, results, scenarioRun, today) : null),
    [portfolio, results, scenarioRun, today],
  )
  const moves = useMemo(
    () => (points && scenarioRun ? movesBetween(points.baseline, points.chosen) : null),
    [points, scenarioRun],
  )

  const scoring = portfolio?.scoring
  const onThreshold = useCallback(
    (parameter: RuleParameter, value: number) => {
      const model = scoring ?? DEFAULT_SCORING_MODEL
      if (parameterValue(model, parameter) === value) return
      const label =
        parameter === 'thresholds.strategic' ? 'Move the strategic threshold' : 'Move the scale-economics threshold'
      void updateScoring(withParameter(model, parameter, value), label).then((error) => {
        if (error) setNotice(`${label}: ${refusalText(error)}`)
      })
    },
    [scoring, updateScoring, setNotice],
  )

  if (!portfolio || !results || !points) return <div className="view view__empty">Loading the portfolio…</div>
  const model = portfolio.scoring ?? DEFAULT_SCORING_MODEL
  const caseName = chosen?.name ?? BASELINE_NAME
  const unplaced = points.chosen.filter((p) => notPlacedReason(p) !== null)

  return (
    <div className="view" data-view="decisions">
      <div className="view__header">
        <div>
          <h1 className="view__title">Decision matrix</h1>
          <div className="view__subtitle">What to scale, what to fix and what to sunset · {caseName}</div>
        </div>
        <div className="view__tools">
          <label className="view__subtitle" htmlFor="matrix-scenario">
            Scenario
          </label>
          <CaseSelect
            id="matrix-scenario"
            className="input"
            scenarios={scenarios}
            value={chosenId}
            onChange={setScenarioId}
          />
          <label className="matrix-toggle" title="Arrows from each initiative's baseline position to the scenario's">
            <input
              type="checkbox"
              checked={arrows}
              disabled={chosenId === null}
              onChange={(e) => setArrows(e.currentTarget.checked)}
            />
            Arrows from baseline
          </label>
        </div>
      </div>
      {portfolio.initiatives.length === 0 ? (
        <div className="panel view__empty">No initiatives yet: add one in the cost model.</div>
      ) : null}
      {unplaced.length > 0 ? (
        <div className="view-notice view-notice--warn" role="status">
          Not on the matrix:{' '}
          {unplaced.slice(0, MAX_NAMED).map((p, i) => (
            <span key={p.id}>
              {i > 0 ? '; ' : ''}
              <button type="button" className="link-button" onClick={() => navigate('initiative', p.id)}>
                {p.name}
              </button>{' '}
              ({notPlacedReason(p)})
            </span>
          ))}
          {unplaced.length > MAX_NAMED ? ` and ${String(unplaced.length - MAX_NAMED)} more` : ''}. Score an initiative
          in its Strategy panel.
        </div>
      ) : null}
      <div className="matrix-layout">
        <div className="matrix-main">
          <MatrixChart
            points={points.chosen}
            baseline={chosenId ? points.baseline : null}
            moves={arrows ? moves : null}
            initiatives={portfolio.initiatives}
            thresholds={model.thresholds}
            colourBy={colourBy}
            currency={portfolio.settings.currency}
            startMonth={portfolio.settings.startMonth}
            onThreshold={onThreshold}
            actions={
              <select
                className="chart-card__select"
                aria-label="Colour bubbles by"
                value={colourBy}
                onChange={(e) => setColourBy(e.currentTarget.value as ColourBy)}
              >
                <option value="stage">Colour: stage</option>
                <option value="valueType">Colour: value type</option>
              </select>
            }
          />
          {moves ? (
            <div className="matrix-moves" data-testid="matrix-moves">
              {movesText(caseName, moves, points, portfolio.settings.currency)}
            </div>
          ) : null}
          <p className="matrix-axes-note" data-testid="matrix-axes-note">
            Across: scale economics, −100 to 100 — half the running margin at the volume reached (value against running
            cost in the last year), half the trend (value against running-cost growth, and the change in running cost
            per outcome). Up: strategic importance. Bubble: horizon spend. NPV, ROI and payback are in each
            recommendation; a scenario's change in NPV is listed under the chart.
          </p>
        </div>
        <RecommendationList
          points={points.chosen}
          currency={portfolio.settings.currency}
          startMonth={portfolio.settings.startMonth}
          caseName={caseName}
        />
      </div>
      <div className="matrix-editors">
        <RulesEditor model={model} currency={portfolio.settings.currency} />
        <ScoringModelEditor model={model} />
      </div>
    </div>
  )
}
