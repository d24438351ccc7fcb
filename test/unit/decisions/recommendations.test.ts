import { describe, expect, it } from 'vitest'
import { formatDate } from '../../../shared/display/dates'
import { quadrantOf, recommend, type RecommendationInput } from '../../../shared/decisions/recommendations'
import type { ScaleEconomics } from '../../../shared/decisions/scaleEconomics'
import type { RecommendationRules } from '../../../shared/model/strategy'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'

const { thresholds, rules } = DEFAULT_SCORING_MODEL
const econ = (valueGrowth: number, costGrowth: number, score: number): ScaleEconomics => ({
  windowMonths: 12,
  earlyStart: 0,
  lateStart: 24,
  valueGrowthPerYear: valueGrowth,
  costGrowthPerYear: costGrowth,
  costPerOutcomeChangePerYear: null,
  valueAtScale: 1000,
  runningCostAtScale: 400,
  marginAtScale: 0.6,
  score,
})
const gate = { npv: 2_400_000, hasNarrative: false, reviewDate: null, today: '2027-06-01', currency: 'USD' }
const base: RecommendationInput = {
  economics: econ(0.5, 0.2, 30),
  strategic: 80,
  evidence: 'measured',
  qualityPassRate: 0.9,
  commoditised: false,
  gate,
}
const withGate = (patch: Partial<RecommendationRules['economicGate']>): RecommendationRules => ({
  ...rules,
  economicGate: { ...rules.economicGate, ...patch },
})

describe('quadrants', () => {
  it('splits at the thresholds, inclusive', () => {
    expect(quadrantOf(0, 50, thresholds)).toBe('double_down')
    expect(quadrantOf(-1, 50, thresholds)).toBe('fix')
    expect(quadrantOf(0, 49.9, thresholds)).toBe('harvest')
    expect(quadrantOf(-1, 10, thresholds)).toBe('pull_back')
  })
})

describe('recommendations', () => {
  it('doubles down when economics scale, value is measured, quality holds, it is strategic and the NPV is positive', () => {
    const r = recommend(base, thresholds, rules)
    expect(r.action).toBe('double_down')
    expect(r.reasons[0]).toBe('scale economics 30 ≥ 0 (value 50%/yr, costs 20%/yr, margin at scale 60%)')
    expect(r.reasons).toContain('NPV $2.4M above $0')
    expect(r.quadrantNote).toBeNull()
  })

  it('pulls back when costs grow faster than value, with the figures', () => {
    const r = recommend({ ...base, strategic: 20, economics: econ(0.18, 0.42, -20) }, thresholds, rules)
    expect(r.action).toBe('pull_back')
    expect(r.reasons).toContain('costs grow 42%/yr vs value 18%/yr')
    // Its bubble is in the Pull back quadrant: nothing to explain.
    expect(r.quadrantNote).toBeNull()
  })

  it('asks a strategic initiative with that trigger to fix the economics instead', () => {
    const r = recommend({ ...base, economics: econ(0.18, 0.42, -20) }, thresholds, rules)
    expect(r.action).toBe('fix')
    expect(r.reasons[0]).toBe('costs grow 42%/yr vs value 18%/yr')
  })

  it('does not trigger within the margin (cost growth 29% vs value 20%, margin 10 points)', () => {
    const r = recommend({ ...base, strategic: 20, economics: econ(0.2, 0.29, 5) }, thresholds, rules)
    expect(r.action).toBe('harvest')
  })

  it('pulls back on inconsistent quality, and says why when the bubble sits in Harvest', () => {
    const r = recommend({ ...base, strategic: 20, qualityPassRate: 0.62 }, thresholds, rules)
    expect(r.action).toBe('pull_back')
    expect(r.reasons).toEqual(['quality inconsistent: 62% of outputs pass, below 70%'])
    expect(r.quadrantNote).toBe('Harvest quadrant, but only 62% of outputs pass the quality bar: pull back.')
  })

  it('pulls back an undifferentiated use case that is not strategic: buy it instead of building it', () => {
    const r = recommend({ ...base, strategic: 35, commoditised: true }, thresholds, rules)
    expect(r.action).toBe('pull_back')
    expect(r.reasons[0]).toBe('undifferentiated: vendors sell this off the shelf, strategic importance 35 below 50')
    expect(r.quadrantNote).toBe('Harvest quadrant, but undifferentiated: buy it off the shelf instead of building.')
  })

  it('keeps a commoditised but strategic one', () => {
    expect(recommend({ ...base, commoditised: true }, thresholds, rules).action).toBe('double_down')
  })

  it('asks to prove value first when evidence is anecdotal or quality unmeasured, in one sentence', () => {
    const r = recommend({ ...base, evidence: 'anecdotal', qualityPassRate: null }, thresholds, rules)
    expect(r.action).toBe('prove_value')
    expect(r.reasons).toContain('user value evidence is anecdotal, needs measured')
    expect(r.reasons).toContain('quality not measured')
    expect(r.quadrantNote).toBe(
      'Double down quadrant, but user value evidence only anecdotal and quality not measured: prove value before scaling.',
    )
  })

  it('fixes strategic initiatives whose economics do not scale, harvests lean ones, pulls back the rest', () => {
    expect(recommend({ ...base, economics: econ(0.1, 0.15, -5) }, thresholds, rules).action).toBe('fix')
    expect(recommend({ ...base, strategic: 10 }, thresholds, rules).action).toBe('harvest')
    expect(recommend({ ...base, strategic: 10, economics: econ(0.1, 0.15, -5) }, thresholds, rules).action).toBe(
      'pull_back',
    )
  })
})

describe('initiatives the matrix cannot judge', () => {
  it('not scored: no recommendation whatever the figures, and no quadrant to explain', () => {
    for (const input of [
      { ...base, strategic: null },
      { ...base, strategic: null, economics: null },
      { ...base, strategic: null, qualityPassRate: 0.2, commoditised: true },
    ]) {
      expect(recommend(input, thresholds, rules)).toEqual({
        action: 'not_scored',
        reasons: ['no criterion scored: score it in its Strategy panel'],
        quadrantNote: null,
      })
    }
  })

  it('scored but too new to judge its scale economics: "Too early to judge", unless a trigger needs no economics', () => {
    const early = recommend({ ...base, economics: null }, thresholds, rules)
    expect(early.action).toBe('too_early')
    expect(early.reasons).toEqual([
      'too few months after launch to judge scale economics',
      'strategic importance 80 ≥ 50',
    ])
    const poor = recommend({ ...base, economics: null, strategic: 20, qualityPassRate: 0.5 }, thresholds, rules)
    expect(poor.action).toBe('pull_back')
    expect(poor.quadrantNote).toBeNull()
  })
})

describe('the economic gate', () => {
  // The case: NPV -1,529,056 (ROI -62%) in the Double down corner.
  const losing = { ...base, gate: { ...gate, npv: -1_529_056 } }

  it('a negative NPV without a strategic case is not Double down: fix the economics, with the money in the reasons', () => {
    const r = recommend(losing, thresholds, rules)
    expect(r.action).toBe('fix')
    expect(r.reasons).toContain('NPV −$1.5M not above $0 and no strategic case (no strategic narrative or review date)')
    expect(r.quadrantNote).toBe(
      'Double down quadrant, but NPV −$1.5M and no strategic case: fix the economics before investing more.',
    )
  })

  it('a strategic narrative with a review date today or later holds it, time-boxed', () => {
    for (const reviewDate of ['2027-12-15', '2027-06-01']) {
      const held = { ...losing, gate: { ...losing.gate, hasNarrative: true, reviewDate } }
      const r = recommend(held, thresholds, rules)
      expect(r.action).toBe('double_down')
      expect(r.reasons).toContain(
        `NPV −$1.5M not above $0; held on its strategic case until the review on ${formatDate(reviewDate)}`,
      )
    }
  })

  it('a strategic case lapses with its review date, or without a narrative', () => {
    const lapsed = { ...losing, gate: { ...losing.gate, hasNarrative: true, reviewDate: '2027-05-31' } }
    expect(recommend(lapsed, thresholds, rules).reasons).toContain(
      'NPV −$1.5M not above $0 and no strategic case (its review date 31 May 2027 has passed)',
    )
    const noStory = { ...losing, gate: { ...losing.gate, reviewDate: '2027-12-15' } }
    expect(recommend(noStory, thresholds, rules).action).toBe('fix')
    expect(recommend(noStory, thresholds, rules).reasons).toContain(
      'NPV −$1.5M not above $0 and no strategic case (no strategic narrative)',
    )
  })

  it('is editable: the strategic case switched off, or a higher NPV bar', () => {
    const held = { ...losing, gate: { ...losing.gate, hasNarrative: true, reviewDate: '2027-12-15' } }
    const strict = recommend(held, thresholds, withGate({ strategicCase: false }))
    expect(strict.action).toBe('fix')
    expect(strict.reasons).toContain('NPV −$1.5M not above $0')
    expect(strict.quadrantNote).toBe(
      'Double down quadrant, but NPV −$1.5M not above $0: fix the economics before investing more.',
    )
    // NPV 2.4M against a bar of 5M.
    const high = recommend(base, thresholds, withGate({ minNpv: 5_000_000 }))
    expect(high.action).toBe('fix')
    expect(high.reasons).toContain(
      'NPV $2.4M not above $5M and no strategic case (no strategic narrative or review date)',
    )
    // The bar is exclusive: an NPV of exactly the bar does not pass.
    expect(recommend(base, thresholds, withGate({ minNpv: 2_400_000 })).action).toBe('fix')
  })

  it('Prove value leads to Double down, so it passes the gate too', () => {
    const proving = { ...losing, evidence: 'anecdotal' as const }
    expect(recommend(proving, thresholds, rules).action).toBe('fix')
    const held = { ...proving, gate: { ...proving.gate, hasNarrative: true, reviewDate: '2027-12-15' } }
    const r = recommend(held, thresholds, rules)
    expect(r.action).toBe('prove_value')
    expect(r.quadrantNote).toBe(
      'Double down quadrant, but user value evidence only anecdotal: prove value before scaling (NPV −$1.5M, held on its strategic case until 15 Dec 2027).',
    )
  })

  it('Harvest / keep lean needs it too, unless switched off: a loss is not kept running', () => {
    const lean = { ...base, strategic: 20, gate: { ...gate, npv: -324_667 } }
    const r = recommend(lean, thresholds, rules)
    expect(r.action).toBe('pull_back')
    expect(r.reasons).toContain(
      'NPV −$324.7K not above $0 and no strategic case (no strategic narrative or review date)',
    )
    expect(r.quadrantNote).toBe(
      'Harvest quadrant, but NPV −$324.7K and no strategic case: pull back rather than keep a loss running.',
    )
    expect(recommend(lean, thresholds, withGate({ harvest: false })).action).toBe('harvest')
    // A positive NPV below a higher bar is no loss: the sentence says so.
    const short = recommend({ ...lean, gate }, thresholds, withGate({ minNpv: 3_000_000, strategicCase: false }))
    expect(short.quadrantNote).toBe(
      'Harvest quadrant, but NPV $2.4M not above $3M: pull back rather than keep it running.',
    )
    expect(recommend({ ...lean, gate }, thresholds, rules).reasons).toContain('NPV $2.4M above $0')
  })

  it('does not touch the Fix and Pull back quadrants', () => {
    expect(recommend({ ...losing, economics: econ(0.1, 0.15, -5) }, thresholds, rules).action).toBe('fix')
    const r = recommend({ ...losing, strategic: 10, economics: econ(0.1, 0.15, -5) }, thresholds, rules)
    expect(r.action).toBe('pull_back')
    expect(r.quadrantNote).toBeNull()
  })
})
