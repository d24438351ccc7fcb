import { describe, expect, it } from 'vitest'
import { decisionMatrix, recommendationCounts, type MatrixPoint } from '../../../shared/decisions'
import { moneyText, percentText } from '../../../shared/decisions/moneyText'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../shared/engine'
import type { Portfolio } from '../../../shared/model'

const TODAY = '2026-11-30'

function matrix(portfolio: Portfolio): Map<string, MatrixPoint> {
  return new Map(decisionMatrix(portfolio, computePortfolio(portfolio), TODAY).map((p) => [p.id, p]))
}

/** The sample with one initiative's governance changed. */
function withGovernance(id: string, patch: Partial<Portfolio['initiatives'][number]['governance']>): Portfolio {
  const p = samplePortfolio()
  return {
    ...p,
    initiatives: p.initiatives.map((i) => (i.id === id ? { ...i, governance: { ...i.governance, ...patch } } : i)),
  }
}

describe('the matrix on the sample: the cases a CFO challenged', () => {
  it('carries the money of each initiative from the engine: NPV, ROI and payback', () => {
    const p = samplePortfolio()
    const result = computePortfolio(p)
    for (const point of decisionMatrix(p, result, TODAY)) {
      const totals = result.byId.get(point.id)?.totals
      expect(point.money).toEqual({ npv: totals?.npv, roi: totals?.roi, paybackMonth: totals?.paybackMonth })
    }
  })

  it('the R&D agent (negative NPV, Double down corner) is held only by its strategic narrative and review date', () => {
    const held = matrix(samplePortfolio()).get('rnd-agent')
    expect(held?.quadrant).toBe('double_down')
    expect(held?.money.npv).toBeLessThan(0)
    expect(held?.recommendation.action).toBe('prove_value')
    expect(held?.recommendation.quadrantNote).toContain('held on its strategic case until 15 Dec 2027')
    // Without the narrative the gate fails: not Double down, not Prove value.
    const bare = matrix(withGovernance('rnd-agent', { strategicNarrative: '  ' })).get('rnd-agent')
    expect(bare?.quadrant).toBe('double_down')
    expect(bare?.recommendation.action).toBe('fix')
    expect(bare?.recommendation.quadrantNote).toMatch(
      /^Double down quadrant, but NPV −\$1\.\dM and no strategic case: fix the economics before investing more\.$/,
    )
    // Its review date passed (today after it): the case lapses.
    const late = decisionMatrix(samplePortfolio(), computePortfolio(samplePortfolio()), '2028-01-01')
    expect(late.find((x) => x.id === 'rnd-agent')?.recommendation.action).toBe('fix')
  })

  it('the sales e-mail assistant (ROI above 300%) sits in Harvest and says why it is told to pull back', () => {
    const sales = matrix(samplePortfolio()).get('sales-email')
    expect(sales?.money.roi).toBeGreaterThan(3)
    expect(sales?.quadrant).toBe('harvest')
    expect(sales?.recommendation.action).toBe('pull_back')
    expect(sales?.recommendation.quadrantNote).toBe(
      'Harvest quadrant, but undifferentiated: buy it off the shelf instead of building.',
    )
  })

  it('the HR policy bot, never scored, is off the matrix with no recommendation', () => {
    const hr = matrix(samplePortfolio()).get('hr-policy')
    expect(hr?.y).toBeNull()
    expect(hr?.quadrant).toBeNull()
    expect(hr?.recommendation.action).toBe('not_scored')
  })
})

describe('recommendation counts', () => {
  it('count each recommendation and status in reading order, leaving out those nobody has', () => {
    const points = [...matrix(samplePortfolio()).values()]
    const counts = recommendationCounts(points)
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(points.length)
    for (const c of counts) {
      expect(c.count).toBe(points.filter((p) => p.recommendation.action === c.action).length)
      expect(c.count).toBeGreaterThan(0)
    }
    expect(counts.at(-1)).toEqual({ action: 'not_scored', count: 1 })
    expect(recommendationCounts([])).toEqual([])
  })
})

describe('money as the recommendations word it', () => {
  it('short, with the currency and a true minus sign', () => {
    expect(moneyText(-1_529_056, 'USD')).toBe('−$1.5M')
    expect(moneyText(2_389_438, 'USD')).toBe('$2.4M')
    expect(moneyText(0, 'USD')).toBe('$0')
    expect(moneyText(-0.2, 'USD')).toBe('$0')
    expect(moneyText(950, 'EUR')).toBe('€950')
    expect(percentText(-0.62)).toBe('−62%')
    expect(percentText(3.08)).toBe('308%')
  })
})
