import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateCases } from '../../../../renderer/src/features/scenarios/scenarioCases'
import {
  defaultWaterfallChoice,
  waterfallFor,
  withoutNoise,
} from '../../../../renderer/src/features/scenarios/waterfallSides'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { unitCostWaterfall, type WaterfallResult } from '../../../../shared/engine/scenarios'

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

describe('withoutNoise', () => {
  const result = (start: number, amounts: number[]): WaterfallResult => {
    const parts = amounts.map((amount, i) => ({ key: 'price' as const, label: `p${i}`, amount }))
    const change = amounts.reduce((a, b) => a + b, 0)
    const s = { start, end: start + change, change, parts }
    return { ok: true, initiativeId: 'i', from: 'a', to: 'b', inference: s, full: s, sentence: 'engine' }
  }

  it('zeroes parts below a billionth of the cost per query and rebuilds the sentence from the rest', () => {
    const r = withoutNoise(result(0.19, [-0.0042, 3e-16]), 'USD')
    if (!r.ok) throw new Error('not ok')
    expect(r.full.parts.map((x) => x.amount)).toEqual([-0.0042, 0])
    expect(r.sentence).toBe('The price cut saved $0.0042 per query, the largest effect; nothing pulled the other way.')
  })

  it('property: the cleaned parts still add up to the change within 1e-9 of the cost per query', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 10, noNaN: true }),
        fc.array(
          fc.oneof(
            fc.double({ min: -0.1, max: 0.1, noNaN: true }),
            fc.double({ min: -1e-15, max: 1e-15, noNaN: true }),
          ),
          {
            maxLength: 8,
          },
        ),
        (start, amounts) => {
          const r = withoutNoise(result(start, amounts), 'USD')
          if (!r.ok) throw new Error('not ok')
          const sum = r.full.parts.reduce((a, x) => a + x.amount, 0)
          const scale = Math.max(Math.abs(r.full.start), Math.abs(r.full.end))
          expect(Math.abs(sum - r.full.change)).toBeLessThanOrEqual(1e-9 * scale * amounts.length + 1e-15)
        },
      ),
    )
  })
})
