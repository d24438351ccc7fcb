import { useEffect, useMemo, useState } from 'react'
import type { ScenarioRun, Tornado } from '../../../../shared/engine/scenarios'
import { tornadoOf } from '../../../../shared/jobs/tornadoJob'
import type { Portfolio } from '../../../../shared/model'
import { useJobClient } from '../../worker/useJobClient'
import { EChart } from '../../charts/EChart'
import { formatMoney } from '../../format'
import { tornadoOption } from './chartOptions'
import { readTornadoPercent } from './fieldNumbers'
import { caseKey } from './scenarioCases'

interface Computed {
  run: ScenarioRun
  percent: number
  focus: string | null
  value: Tornado
}

interface Props {
  /** The portfolio the runs were evaluated from: the worker evaluates the tornado from it. */
  portfolio: Portfolio
  runs: readonly ScenarioRun[]
  /** The case shown first: the scenario being edited when it is compared, else the baseline. */
  preferredCase: string
  /** Initiative id, or null for the portfolio's NPV. */
  focus: string | null
  focusName: string
  currency: string
}

/**
 * Sensitivity: each driver moved down and up by the chosen percentage one at a time (the engine's
 * tornado), sorted by its swing in NPV, for the portfolio or the focused initiative.
 */
export function TornadoPanel({ portfolio, runs, preferredCase, focus, focusName, currency }: Props) {
  const [chosenCase, setChosenCase] = useState<string | null>(null)
  const [text, setText] = useState('20')
  const [percent, setPercent] = useState(0.2)
  const parsed = readTornadoPercent(text)
  const key = chosenCase !== null && runs.some((r) => caseKey(r) === chosenCase) ? chosenCase : preferredCase
  const run = runs.find((r) => caseKey(r) === key) ?? runs[0]
  // Computed in the engine's worker: with 1,000 initiatives the 24 evaluations take a moment, and
  // typing and the charts above should not wait for them. A newer request cancels the one in
  // flight; the last result stays, marked as updating, until the new one is in.
  const jobs = useJobClient()
  const [computed, setComputed] = useState<Computed | null>(null)
  useEffect(() => {
    if (!run || (focus !== null && !run.result.byId.has(focus))) return
    let current = true
    void jobs.run('tornado', { portfolio, scenarioId: run.id, percent, target: focus }).then((outcome) => {
      if (current && outcome.status === 'done') setComputed({ run, percent, focus, value: tornadoOf(outcome.result) })
    })
    return () => {
      current = false
    }
  }, [jobs, portfolio, run, percent, focus])
  const missing = !run || (focus !== null && !run.result.byId.has(focus))
  const fresh = computed !== null && computed.run === run && computed.percent === percent && computed.focus === focus
  const result = missing ? null : (computed?.value ?? null)
  const option = useMemo(() => (result ? tornadoOption(result, currency) : null), [result, currency])
  const commit = () => {
    if (parsed.ok) setPercent(parsed.value)
  }
  const top = result?.bars[0]

  return (
    <section className="panel tornado-panel" aria-label="Sensitivity">
      <div className="panel__head">
        <h2 className="panel__title">{`Sensitivity of NPV: ${focusName}`}</h2>
        <div className="scenario-controls">
          <label className="lever-field lever-field--inline">
            <span className="lever-field__label">Case</span>
            <select className="input" value={key} onChange={(e) => setChosenCase(e.target.value)}>
              {runs.map((r) => (
                <option key={caseKey(r)} value={caseKey(r)}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="lever-field lever-field--inline">
            <span className="lever-field__label">Move each driver by ±</span>
            <span className="lever-field__input">
              <input
                className="input tornado-panel__percent"
                inputMode="decimal"
                aria-invalid={!parsed.ok || undefined}
                value={text}
                onChange={(e) => setText(e.target.value)}
                onBlur={commit}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') commit()
                }}
              />
              <span className="lever-field__unit">%</span>
            </span>
          </label>
        </div>
      </div>
      {!parsed.ok ? (
        <div className="field__message" role="alert">
          {parsed.message}
        </div>
      ) : null}
      {result && option && computed ? (
        <div className={fresh ? undefined : 'is-updating'} aria-busy={!fresh || undefined}>
          <p className="scenario-note" data-testid="tornado-summary">
            {`NPV ${formatMoney(result.center, currency)} in “${computed.run.name}”.`}
            {top
              ? ` Largest swing: ${top.label}, from ${formatMoney(top.low, currency)} (down) to ${formatMoney(top.high, currency)} (up).`
              : ''}
          </p>
          <EChart
            title={`Tornado: ${computed.run.name}, ±${Math.round(computed.percent * 100)}%`}
            option={option}
            height={420}
            footer={fresh ? undefined : 'Updating…'}
          />
        </div>
      ) : (
        <p className="scenario-empty">
          {missing ? 'This initiative is not in the chosen case.' : 'Computing the sensitivity…'}
        </p>
      )}
    </section>
  )
}
