import { useEffect, useMemo, useState } from 'react'
import type { Tornado } from '../../../../shared/engine/scenarios'
import type { ComparisonColumn } from '../../../../shared/jobs/comparisonJob'
import { tornadoOf } from '../../../../shared/jobs/tornadoJob'
import { caseKey } from '../../../../shared/jobs/waterfallJob'
import type { Portfolio } from '../../../../shared/model'
import { useJobClient } from '../../worker/useJobClient'
import { EChart } from '../../charts/EChart'
import { formatMoney } from '../../format'
import { tornadoOption } from './chartOptions'
import { readTornadoPercent } from './fieldNumbers'

interface Computed {
  portfolio: Portfolio
  caseKey: string
  caseName: string
  percent: number
  focus: string | null
  value: Tornado
}

interface Props {
  /** The worker evaluates the tornado from the portfolio itself. */
  portfolio: Portfolio
  /** The compared cases, the baseline first. */
  cases: readonly ComparisonColumn[]
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
export function TornadoPanel({ portfolio, cases, preferredCase, focus, focusName, currency }: Props) {
  const [chosenCase, setChosenCase] = useState<string | null>(null)
  const [text, setText] = useState('20')
  const [percent, setPercent] = useState(0.2)
  const parsed = readTornadoPercent(text)
  const key = chosenCase !== null && cases.some((r) => caseKey(r) === chosenCase) ? chosenCase : preferredCase
  const run = cases.find((r) => caseKey(r) === key) ?? cases[0]
  const missing = !run || (focus !== null && !portfolio.initiatives.some((i) => i.id === focus))
  // Keyed by value: each comparison brings new column objects for the same cases.
  const scenarioId = run?.id ?? null
  const caseName = run?.name ?? ''
  // Computed in the engine's worker: with 1,000 initiatives the 24 evaluations take a moment, and
  // typing and the charts above should not wait for them. A newer request cancels the one in
  // flight; the last result stays, marked as updating, until the new one is in.
  const jobs = useJobClient()
  const [computed, setComputed] = useState<Computed | null>(null)
  useEffect(() => {
    if (missing) return
    let current = true
    void jobs.run('tornado', { portfolio, scenarioId, percent, target: focus }).then((outcome) => {
      if (current && outcome.status === 'done')
        setComputed({
          portfolio,
          caseKey: caseKey({ id: scenarioId }),
          caseName,
          percent,
          focus,
          value: tornadoOf(outcome.result),
        })
    })
    return () => {
      current = false
    }
  }, [jobs, portfolio, scenarioId, caseName, missing, percent, focus])
  const fresh =
    computed !== null &&
    computed.portfolio === portfolio &&
    computed.caseKey === caseKey({ id: scenarioId }) &&
    computed.percent === percent &&
    computed.focus === focus
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
              {cases.map((r) => (
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
            {`NPV ${formatMoney(result.center, currency)} in “${computed.caseName}”.`}
            {top
              ? ` Largest swing: ${top.label}, from ${formatMoney(top.low, currency)} (down) to ${formatMoney(top.high, currency)} (up).`
              : ''}
          </p>
          <EChart
            title={`Tornado: ${computed.caseName}, ±${Math.round(computed.percent * 100)}%`}
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
