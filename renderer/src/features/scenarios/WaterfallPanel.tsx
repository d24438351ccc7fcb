import { useMemo, useState } from 'react'
import type { ComparisonColumn } from '../../../../shared/jobs/comparisonJob'
import { caseKey, type WaterfallChoice } from '../../../../shared/jobs/waterfallJob'
import type { Portfolio } from '../../../../shared/model'
import { EChart } from '../../charts/EChart'
import { formatUnitMoney } from '../../format'
import { waterfallAxis, waterfallOption, waterfallSteps } from './chartOptions'
import { SelectField, monthOptions } from './fields'
import { useWaterfall } from './useWaterfall'
import { defaultWaterfallChoice } from './waterfallSides'

interface Props {
  /** The worker evaluates the cases the waterfall reads from the portfolio itself. */
  portfolio: Portfolio
  /** The compared cases, the baseline first. */
  cases: readonly ComparisonColumn[]
  /** An initiative's first active month in the baseline. */
  firstActiveMonth: (initiativeId: string) => number
  /** The initiative shown first (the focused one), else the first initiative. */
  preferredInitiative: string | null
  /** The case compared with the baseline first: the scenario being edited when it is compared. */
  preferredCase: string
  labels: readonly string[]
  currency: string
}

type Split = 'full' | 'inference'

/**
 * "Why did the unit cost move?": one initiative's cost per query between two months of a case or
 * between two cases in one month, split by the engine into exact Shapley parts that add up to the
 * change, with the engine's sentence naming the dominant effect.
 */
export function WaterfallPanel({
  portfolio,
  cases,
  firstActiveMonth,
  preferredInitiative,
  preferredCase,
  labels,
  currency,
}: Props) {
  const { initiatives } = portfolio
  const [chosenInitiative, setChosenInitiative] = useState<string | null>(null)
  const [chosen, setChosen] = useState<WaterfallChoice | null>(null)
  const [split, setSplit] = useState<Split>('full')
  const initiativeId =
    (chosenInitiative && initiatives.some((i) => i.id === chosenInitiative) ? chosenInitiative : null) ??
    preferredInitiative ??
    initiatives[0]?.id ??
    ''
  const keys = cases.map(caseKey)
  // Memoised so an unchanged choice keeps the chart's option object (no redraw on every render).
  const choice = useMemo(() => {
    const ids = cases.map(caseKey)
    const valid = (c: WaterfallChoice) =>
      c.kind === 'months' ? ids.includes(c.caseKey) : ids.includes(c.fromCase) && ids.includes(c.toCase)
    if (chosen && valid(chosen)) return chosen
    return defaultWaterfallChoice(cases, labels.length, firstActiveMonth(initiativeId), preferredCase)
  }, [chosen, cases, labels, firstActiveMonth, initiativeId, preferredCase])
  const { result, fresh } = useWaterfall({ portfolio, initiativeId, choice, monthLabels: labels, currency })
  const parts = result?.ok ? (split === 'full' ? result.full : result.inference) : null
  const option = useMemo(
    () => (result?.ok && parts ? waterfallOption(parts, currency) : null),
    [result, parts, currency],
  )
  const steps = parts ? waterfallSteps({ ...parts, parts: parts.parts.filter((p) => p.amount !== 0) }) : null
  const zoomed = steps !== null && waterfallAxis(steps.low, steps.high) !== null
  const months = monthOptions(labels)
  const caseOptions = cases.map((c) => ({ value: caseKey(c), label: c.name }))
  const last = Math.max(0, labels.length - 1)

  return (
    <section className="panel waterfall-panel" aria-label="Why did the unit cost move">
      <h2 className="panel__title">Why did the unit cost move?</h2>
      <div className="scenario-controls">
        <SelectField
          label="Initiative"
          value={initiativeId}
          options={initiatives.map((i) => ({ value: i.id, label: i.name }))}
          onChange={(id) => {
            setChosenInitiative(id)
            setChosen(null)
          }}
        />
        <SelectField
          label="Compare"
          value={choice.kind}
          options={[
            { value: 'cases', label: 'Two cases in one month' },
            { value: 'months', label: 'Two months of one case' },
          ]}
          onChange={(kind) =>
            setChosen(
              kind === 'cases'
                ? { kind, fromCase: 'baseline', toCase: keys[1] ?? 'baseline', month: last }
                : { kind, caseKey: keys[0] ?? 'baseline', fromMonth: 0, toMonth: last },
            )
          }
        />
        {choice.kind === 'cases' ? (
          <>
            <SelectField
              label="From case"
              value={choice.fromCase}
              options={caseOptions}
              onChange={(fromCase) => setChosen({ ...choice, fromCase })}
            />
            <SelectField
              label="To case"
              value={choice.toCase}
              options={caseOptions}
              onChange={(toCase) => setChosen({ ...choice, toCase })}
            />
            <SelectField
              label="Month"
              value={String(choice.month)}
              options={months}
              onChange={(m) => setChosen({ ...choice, month: Number(m) })}
            />
          </>
        ) : (
          <>
            <SelectField
              label="Case"
              value={choice.caseKey}
              options={caseOptions}
              onChange={(k) => setChosen({ ...choice, caseKey: k })}
            />
            <SelectField
              label="From month"
              value={String(choice.fromMonth)}
              options={months}
              onChange={(m) => setChosen({ ...choice, fromMonth: Number(m) })}
            />
            <SelectField
              label="To month"
              value={String(choice.toMonth)}
              options={months}
              onChange={(m) => setChosen({ ...choice, toMonth: Number(m) })}
            />
          </>
        )}
        <SelectField<Split>
          label="Cost per query"
          value={split}
          options={[
            { value: 'full', label: 'Fully loaded' },
            { value: 'inference', label: 'Inference only' },
          ]}
          onChange={setSplit}
        />
      </div>
      {result === null ? <p className="scenario-empty">Computing the waterfall…</p> : null}
      <div className={fresh ? undefined : 'is-updating'} aria-busy={!fresh || undefined}>
        {result && !result.ok ? (
          <div className="view-notice view-notice--warn" role="status">
            {result.message}
          </div>
        ) : null}
        {result?.ok && parts && option ? (
          <>
            <p className="waterfall-panel__sentence" data-testid="waterfall-sentence">
              {result.sentence}
            </p>
            <div className="waterfall-panel__body">
              <EChart
                title={`${result.from} → ${result.to}`}
                option={option}
                height={320}
                footer={zoomed ? 'The axis spans the change: it does not start at zero.' : undefined}
              />
              <table className="table waterfall-panel__parts" aria-label="Parts of the change in cost per query">
                <tbody>
                  <tr>
                    <th scope="row">{`Start (${result.from})`}</th>
                    <td className="num">{formatUnitMoney(parts.start, currency)}</td>
                  </tr>
                  {parts.parts.map((p) => (
                    <tr key={p.key} data-part={p.key}>
                      <th scope="row">{p.label}</th>
                      <td className={`num${p.amount > 0 ? ' is-bad' : p.amount < 0 ? ' is-good' : ''}`}>
                        {`${p.amount > 0 ? '+' : p.amount < 0 ? '−' : '±'}${formatUnitMoney(Math.abs(p.amount), currency)}`}
                      </td>
                    </tr>
                  ))}
                  <tr className="waterfall-panel__total">
                    <th scope="row">{`End (${result.to})`}</th>
                    <td className="num">{formatUnitMoney(parts.end, currency)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          </>
        ) : null}
      </div>
    </section>
  )
}
