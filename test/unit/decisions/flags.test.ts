import { describe, expect, it } from 'vitest'
import { governanceFlags } from '../../../shared/decisions/flags'
import { monthsBetween } from '../../../shared/engine/calendar'
import type { Initiative } from '../../../shared/model/initiative'
import type { PortfolioSettings } from '../../../shared/model/settings'
import { handResult } from './fixtures'
import { defaultCosts } from '../../../shared/model/drivers'

const settings: PortfolioSettings = {
  name: 'P',
  currency: 'USD',
  startMonth: '2027-01',
  horizonMonths: 36,
  discountRateAnnual: 0.1,
  investmentThreshold: 250_000,
  annualBudget: null,
  experimentationReserve: { kind: 'share', value: 0.1 },
}

function initiative(governance: Partial<Initiative['governance']>, launchMonth = 0): Initiative {
  return {
    id: 'x',
    name: 'X',
    governance: {
      owner: 'O',
      stage: 'pilot',
      valueType: 'cost_savings',
      hypothesis: 'H',
      successMetric: 'M',
      baseline: 'B',
      target: 'T',
      measurementPlan: 'P',
      reviewDate: '2027-06-30',
      timeHorizonMonths: 12,
      strategicNarrative: '',
      ...governance,
    },
    usage: {
      launchMonth,
      usersAtLaunch: 1,
      targetUsers: 1,
      rampMonths: 0,
      userGrowthPerYear: 0,
      queriesPerUserPerMonth: 1,
      inputTokensPerQuery: 1,
      outputTokensPerQuery: 1,
      promptGrowthPerYear: 0,
      cacheHitRate: 0,
      cacheWriteRate: 0,
      batchShare: 0,
      modelMix: [{ modelId: 'm', share: 1 }],
    },
    costs: {
      ...defaultCosts(),
      buildFteMonths: 0,
      costPerFteMonth: 0,
      buildMonths: 0,
      integrationFte: 0,
      platformPerMonth: 0,
      dataOneOff: 0,
      dataPerMonth: 0,
      dataPerQuery: 0,
      evalSetup: 0,
      evalPerMonth: 0,
      complianceOneOff: 0,
      complianceYearly: 0,
    },
    value: { outcomesPerQuery: 0, valuePerOutcome: 0, monthsToFullValue: 0, fixedMonthlyValue: 0, outcomeName: '' },
  }
}

const costly = handResult({ months: 36, cost: () => 10_000, value: () => 0 }).totals // 360,000 > 250,000
const cheap = handResult({ months: 36, cost: () => 1_000, value: () => 0 }).totals // 36,000

describe('investment discipline flags', () => {
  it('flags a costly initiative without its ROI framing, listing what is missing', () => {
    const f = governanceFlags(
      initiative({ hypothesis: ' ', baseline: '', reviewDate: null }),
      costly,
      settings,
      '2027-03-01',
    )
    expect(f.map((x) => x.kind)).toEqual(['missing_framing'])
    expect(f[0]?.message).toBe(
      'Horizon cost $360,000 is above the investment threshold $250,000 without a hypothesis, a success metric with a baseline, a review date',
    )
  })

  it("words the money in the portfolio's currency", () => {
    const f = governanceFlags(initiative({ hypothesis: '' }), costly, { ...settings, currency: 'EUR' }, '2027-03-01')
    expect(f[0]?.message).toBe('Horizon cost €360,000 is above the investment threshold €250,000 without a hypothesis')
  })

  it('does not ask a cheap initiative for the full framing', () => {
    expect(
      governanceFlags(initiative({ hypothesis: '', reviewDate: '2027-12-01' }), cheap, settings, '2027-03-01'),
    ).toEqual([])
  })

  it('flags a strategic initiative without a narrative', () => {
    const f = governanceFlags(
      initiative({ valueType: 'strategic', strategicNarrative: '' }),
      cheap,
      settings,
      '2027-03-01',
    )
    expect(f).toEqual([{ kind: 'strategic_without_narrative', message: 'Strategic initiative without a narrative' }])
  })

  it('flags a review date in the past', () => {
    const f = governanceFlags(initiative({}), cheap, settings, '2027-07-01')
    expect(f).toEqual([{ kind: 'review_overdue', message: 'Review was due on 30 Jun 2027' }])
  })

  it('flags a strategic initiative past its horizon without measured value', () => {
    // launched at month -6 (2026-07); today 2027-08-15 is month 7 -> 13 months live > 12
    const init = initiative({ valueType: 'strategic', strategicNarrative: 'N', reviewDate: '2028-01-01' }, -6)
    expect(monthsBetween('2027-01', '2027-08-15')).toBe(7)
    const f = governanceFlags(init, cheap, settings, '2027-08-15')
    expect(f.map((x) => x.kind)).toEqual(['strategic_past_horizon'])
    expect(f[0]?.message).toContain('13 months, past its 12-month horizon')
    const measured = {
      ...init,
      strategy: {
        scores: {},
        userValueEvidence: 'measured' as const,
        qualityPassRate: null,
        commoditised: false,
        lock: null,
        measuredValue: 50_000,
      },
    }
    expect(governanceFlags(measured, cheap, settings, '2027-08-15')).toEqual([])
  })
})
