import { describe, expect, it } from 'vitest'
import { defaultWaterfallChoice } from '../../../../renderer/src/features/scenarios/waterfallSides'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { evaluateScenarios, unitCostWaterfall } from '../../../../shared/engine/scenarios'
import { runJob } from '../../../../shared/jobs/catalog'

const p = samplePortfolio()
const initiative = p.initiatives[0]?.id ?? ''
const labels = Array.from({ length: p.settings.horizonMonths }, (_, t) => `m${t}`)
const H = p.settings.horizonMonths
const baseline = { id: null, name: 'Baseline' }
const growth = { id: 'scenario-prompt-growth', name: 'Prompt growth' }
const halve = { id: 'scenario-prices-halve', name: 'Prices halve' }

describe('defaultWaterfallChoice', () => {
  it('compares the baseline with the preferred scenario in the last month', () => {
    expect(defaultWaterfallChoice([baseline, halve, growth], H, 0, 'scenario-prompt-growth')).toEqual({
      kind: 'cases',
      fromCase: 'baseline',
      toCase: 'scenario-prompt-growth',
      month: H - 1,
    })
    // Without a preference (or the baseline preferred): the first compared scenario.
    expect(defaultWaterfallChoice([baseline, halve, growth], H, 0)).toMatchObject({ toCase: 'scenario-prices-halve' })
  })

  it('with the baseline alone, spans the initiative from its first active month to the last', () => {
    expect(defaultWaterfallChoice([baseline], H, 7)).toEqual({
      kind: 'months',
      caseKey: 'baseline',
      fromMonth: 7,
      toMonth: H - 1,
    })
  })
})

describe('waterfall job', () => {
  it('is the engine waterfall of the chosen sides', () => {
    const { runs } = evaluateScenarios(p, ['scenario-prompt-growth'])
    const [base, scenario] = runs
    if (!base || !scenario) throw new Error('runs missing')
    const choice = { kind: 'cases', fromCase: 'baseline', toCase: 'scenario-prompt-growth', month: 30 } as const
    const got = runJob('waterfall', {
      portfolio: p,
      initiativeId: initiative,
      choice,
      monthLabels: labels,
      currency: 'USD',
    })
    const want = unitCostWaterfall(
      initiative,
      { compiled: base.compiled, result: base.result, month: 30, label: 'Baseline, m30' },
      { compiled: scenario.compiled, result: scenario.result, month: 30, label: 'Prompt growth +40% a year, m30' },
      'USD',
    )
    expect(got).toEqual(want)
    expect(got.ok && got.sentence).toMatch(/^Prompt growth added \$/)
  })

  it('says so, without throwing, when a case is gone or a month has no queries', () => {
    const ask = (initiativeId: string, choice: Parameters<typeof runJob<'waterfall'>>[1]['choice']) =>
      runJob('waterfall', { portfolio: p, initiativeId, choice, monthLabels: labels, currency: 'USD' })
    expect(ask(initiative, { kind: 'cases', fromCase: 'baseline', toCase: 'x', month: 3 })).toEqual({
      ok: false,
      message: 'Pick cases that are in the comparison.',
    })
    const { runs } = evaluateScenarios(p, [])
    const late = p.initiatives.find((i) => (runs[0]?.result.byId.get(i.id)?.firstActiveMonth ?? 0) > 0)
    if (!late) throw new Error('the sample has no initiative launching after month 0')
    const before = ask(late.id, { kind: 'months', caseKey: 'baseline', fromMonth: 0, toMonth: 30 })
    expect(before.ok).toBe(false)
    expect(!before.ok && before.message).toMatch(/no queries/)
  })
})
