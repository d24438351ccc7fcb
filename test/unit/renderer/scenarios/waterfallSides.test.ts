import { describe, expect, it } from 'vitest'
import { evaluateCases } from '../../../../renderer/src/features/scenarios/scenarioCases'
import { defaultWaterfallChoice, waterfallFor } from '../../../../renderer/src/features/scenarios/waterfallSides'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { unitCostWaterfall } from '../../../../shared/engine/scenarios'

const p = samplePortfolio()
const initiative = p.initiatives[0]?.id ?? ''
const labels = Array.from({ length: p.settings.horizonMonths }, (_, t) => `m${t}`)

describe('defaultWaterfallChoice', () => {
  it('compares the baseline with the preferred scenario in the last month', () => {
    const { runs } = evaluateCases(p, ['scenario-prices-halve', 'scenario-prompt-growth'])
    expect(defaultWaterfallChoice(runs, initiative, 'scenario-prompt-growth')).toEqual({
      kind: 'cases',
      fromCase: 'baseline',
      toCase: 'scenario-prompt-growth',
      month: p.settings.horizonMonths - 1,
    })
    // Without a preference (or the baseline preferred): the first compared scenario.
    expect(defaultWaterfallChoice(runs, initiative)).toMatchObject({ toCase: 'scenario-prices-halve' })
  })

  it('with the baseline alone, spans the initiative from its first active month to the last', () => {
    const { runs } = evaluateCases(p, [])
    const first = runs[0]?.result.byId.get(initiative)?.firstActiveMonth
    expect(defaultWaterfallChoice(runs, initiative)).toEqual({
      kind: 'months',
      caseKey: 'baseline',
      fromMonth: first,
      toMonth: p.settings.horizonMonths - 1,
    })
  })
})

describe('waterfallFor', () => {
  it('is the engine waterfall of the chosen sides', () => {
    const { runs } = evaluateCases(p, ['scenario-prompt-growth'])
    const [base, growth] = runs
    if (!base || !growth) throw new Error('runs missing')
    const got = waterfallFor(
      runs,
      initiative,
      { kind: 'cases', fromCase: 'baseline', toCase: 'scenario-prompt-growth', month: 30 },
      labels,
      'USD',
    )
    const want = unitCostWaterfall(
      initiative,
      { compiled: base.compiled, result: base.result, month: 30, label: 'Baseline, m30' },
      { compiled: growth.compiled, result: growth.result, month: 30, label: 'Prompt growth +40% a year, m30' },
      'USD',
    )
    expect(got).toEqual(want)
    expect(got.ok && got.sentence).toMatch(/^Prompt growth added \$/)
  })

  it('says so, without throwing, when a case is not compared or a month has no queries', () => {
    const { runs } = evaluateCases(p, [])
    const missing = waterfallFor(
      runs,
      initiative,
      { kind: 'cases', fromCase: 'baseline', toCase: 'x', month: 3 },
      labels,
      'USD',
    )
    expect(missing).toEqual({ ok: false, message: 'Pick cases that are in the comparison.' })
    const late = p.initiatives.find((i) => (runs[0]?.result.byId.get(i.id)?.firstActiveMonth ?? 0) > 0)
    if (!late) throw new Error('the sample has no initiative launching after month 0')
    const before = waterfallFor(
      runs,
      late.id,
      { kind: 'months', caseKey: 'baseline', fromMonth: 0, toMonth: 30 },
      labels,
      'USD',
    )
    expect(before.ok).toBe(false)
    expect(!before.ok && before.message).toMatch(/no queries/)
  })
})
