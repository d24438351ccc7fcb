import { describe, expect, it } from 'vitest'
import { attributeActuals, type AttributableLine } from '../../../shared/actuals/attribution'
import { RuleSet } from '../../../shared/actuals/ruleMatch'
import {
  SAMPLE_ACTUALS_FILES,
  SAMPLE_LAST_ACTUAL_MONTH,
  sampleActualAmounts,
  sampleAttributionRules,
} from '../../../shared/actuals/sampleActuals'
import { ActualAmount, AttributionRules, MeasuredOutcome } from '../../../shared/actuals/stored'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../shared/engine'
import { readSample } from './readSample'

/** The sample exports as the sample portfolio imports them, their cost taken as is (all in USD). */
function sampleLines(): AttributableLine[] {
  return SAMPLE_ACTUALS_FILES.flatMap(({ file, traceName }) =>
    readSample(file, traceName ? { fileKeys: [{ type: 'traceName', value: traceName }] } : {}).lines.map((l) => ({
      ...l,
      priceModelId: null,
      portfolioCost: l.cost,
    })),
  )
}

describe('the sample portfolio’s actuals', () => {
  const portfolio = samplePortfolio()
  const rules = sampleAttributionRules()
  const lines = sampleLines()

  it('has valid rules, each naming an initiative of the sample and matching lines of the sample exports', () => {
    expect(AttributionRules.safeParse(rules).success).toBe(true)
    const ids = new Set(portfolio.initiatives.map((i) => i.id))
    for (const r of rules) {
      expect(ids.has(r.initiativeId), r.id).toBe(true)
      const set = new RuleSet([r])
      expect(
        lines.some((l) => set.partsOf(l) !== null),
        `${r.id} matches no line`,
      ).toBe(true)
    }
  })

  it('attributes the months Jan to Nov 2026 to at least four live initiatives and leaves some spend unallocated', () => {
    const summary = attributeActuals(lines, rules, { currency: 'USD' })
    const months = new Set(summary.providerMonths.map((p) => p.month))
    expect([...months].sort()).toEqual(Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`))
    const attributed = new Set(
      summary.costs.filter((c) => c.initiativeId !== null && c.cents > 0).map((c) => c.initiativeId),
    )
    expect(attributed.size).toBeGreaterThanOrEqual(4)
    for (const id of attributed) {
      const launch = portfolio.initiatives.find((i) => i.id === id)?.usage.launchMonth ?? NaN
      // Every initiative with actuals is live by November 2026 (month 10 of the sample).
      expect(launch, String(id)).toBeLessThanOrEqual(10)
    }
    const left = summary.unallocated.reduce((s, u) => s + u.cents, 0)
    expect(left).toBeGreaterThan(0)
    const keys = new Set(summary.unallocated.flatMap((u) => u.keys.map((k) => `${k.type}:${k.value}`)))
    expect(keys).toContain('account:nw-sandbox')
    expect(keys).toContain('apiKey:apikey_default')
  })

  it('keeps other costs and outcomes of the months already over, from the plan scaled by how each ran', () => {
    const { amounts, outcomes } = sampleActualAmounts(portfolio)
    for (const a of amounts) expect(ActualAmount.safeParse(a).success).toBe(true)
    for (const o of outcomes) expect(MeasuredOutcome.safeParse(o).success).toBe(true)
    expect(amounts.every((a) => a.month <= SAMPLE_LAST_ACTUAL_MONTH)).toBe(true)
    expect(outcomes.every((o) => o.month <= SAMPLE_LAST_ACTUAL_MONTH)).toBe(true)
    const series = computePortfolio(portfolio).byId.get('support-deflection')?.series
    // Support's integration work ran 18% over the plan: January's platform cost, to the cent.
    const platform = amounts.find(
      (a) => a.initiativeId === 'support-deflection' && a.month === '2026-01' && a.driver === 'platform',
    )
    expect(platform?.amount).toBe(Math.round((series?.cost.platform[0] ?? NaN) * 1.18 * 100) / 100)
    // The meeting summariser delivers 45% of its planned outcomes.
    const notes = computePortfolio(portfolio).byId.get('meeting-notes')?.series
    const june = outcomes.find((o) => o.initiativeId === 'meeting-notes' && o.month === '2026-06')
    expect(june?.outcomesCounted).toBe(Math.round((notes?.outcomes[5] ?? NaN) * 0.45))
    expect(new Set(outcomes.map((o) => o.initiativeId)).size).toBeGreaterThanOrEqual(4)
  })
})
