import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../shared/engine'
import { evaluateScenarios } from '../../../shared/engine/scenarios/compare'
import { serializePortfolio } from '../../../shared/format'
import { validatePortfolio } from '../../../shared/model'

const root = resolve(import.meta.dirname, '..', '..', '..')

describe('sample portfolio', () => {
  const sample = samplePortfolio()

  it('is a valid portfolio with the agreed settings', () => {
    const v = validatePortfolio(sample)
    expect(v.ok ? [] : v.issues.map((i) => i.message)).toEqual([])
    expect(sample.settings).toMatchObject({
      currency: 'USD',
      startMonth: '2026-01',
      horizonMonths: 36,
      discountRateAnnual: 0.1,
      investmentThreshold: 250_000,
      annualBudget: 4_000_000,
      experimentationReserve: { kind: 'share', value: 0.1 },
    })
  })

  it('has at least 10 initiatives; all but the deliberately unframed one carry full ROI framing', () => {
    expect(sample.initiatives.length).toBeGreaterThanOrEqual(10)
    const framed = sample.initiatives.filter((i) => i.id !== 'hr-policy')
    for (const init of framed) {
      const g = init.governance
      for (const field of ['owner', 'hypothesis', 'successMetric', 'baseline', 'target', 'measurementPlan'] as const) {
        expect(g[field].length, `${init.id}.${field}`).toBeGreaterThan(0)
      }
      expect(g.reviewDate, `${init.id}.reviewDate`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    const hr = sample.initiatives.find((i) => i.id === 'hr-policy')
    expect(hr?.governance.hypothesis).toBe('')
    expect(hr?.governance.reviewDate).toBeNull()
  })

  it('varies stage and value type, launches one before the horizon, and has 3-4 cost pools covering every allocation rule', () => {
    expect(new Set(sample.initiatives.map((i) => i.governance.stage)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(sample.initiatives.map((i) => i.governance.valueType))).toEqual(
      new Set(['revenue', 'cost_savings', 'strategic']),
    )
    expect(sample.initiatives.some((i) => i.usage.launchMonth < 0)).toBe(true)
    expect(sample.costPools.length).toBeGreaterThanOrEqual(3)
    expect(sample.costPools.length).toBeLessThanOrEqual(4)
    expect(new Set(sample.costPools.map((p) => p.allocation))).toEqual(
      new Set(['inference', 'queries', 'even', 'fixed']),
    )
  })

  it('has a contract initiative whose prompts cross the 200K long-context threshold inside the horizon', () => {
    const contract = samplePortfolio().initiatives.find((i) => i.id === 'contract-search')
    const r = computePortfolio(sample).byId.get('contract-search')
    expect(contract?.usage.inputTokensPerQuery).toBeLessThan(200_000)
    const peak = Math.max(...(r?.series.inputTokensPerQuery ?? []))
    expect(peak).toBeGreaterThan(200_000)
  })

  it('is fully priced, and its deliberately weak meeting summariser loses more each month as prompts grow', () => {
    const r = computePortfolio(sample)
    expect(r.totals.unpriced).toBe(false)
    const notes = r.byId.get('meeting-notes')
    expect(notes?.totals.net).toBeLessThan(0)
    // Opus 4.5 ($5 in, $25 out per 1M), 15K input tokens growing 30%/yr, 1K output, 0.3 outcomes per query.
    expect(notes?.unitFirst.inferencePerOutcome).toBeCloseTo((15_000 * 5 + 1_000 * 25) / 1e6 / 0.3, 12)
    expect(notes?.unitLast.inferencePerOutcome).toBeCloseTo(
      (15_000 * 1.3 ** (35 / 12) * 5 + 1_000 * 25) / 1e6 / 0.3,
      12,
    )
    const net = notes?.series.net ?? new Float64Array()
    expect(net[35]).toBeLessThan(net[12] ?? NaN)
  })

  it('prices every scenario it ships in every month: caching is lifted only where the models publish a cache price', () => {
    const { runs } = evaluateScenarios(
      sample,
      (sample.scenarios ?? []).map((s) => s.id),
    )
    for (const run of runs) expect(run.result.totals.unpriced, run.name).toBe(false)
    const caching = sample.scenarios?.find((s) => s.id === 'scenario-cache-and-route')
    const lever = caching?.levers.find((l) => l.id === 'cache')
    const priced = (modelId: string) =>
      sample.priceBook.find((m) => m.id === modelId)?.prices.every((p) => p.cachedInputPerM !== null) ?? false
    const offersCache = sample.initiatives.filter((i) => i.usage.modelMix.every((m) => priced(m.modelId)))
    expect(offersCache.length).toBeLessThan(sample.initiatives.length)
    expect(lever?.scope).toEqual({ kind: 'initiatives', ids: offersCache.map((i) => i.id) })
  })

  it('is committed as shared/data/sample-portfolio.json, identical to the TypeScript source', () => {
    // Regenerate with `npx tsx electron/cli/writeArtifacts.ts` after changing the sample.
    const committed = readFileSync(resolve(root, 'shared/data/sample-portfolio.json'), 'utf8')
    expect(committed, 'stale: run npx tsx electron/cli/writeArtifacts.ts and commit the result').toBe(
      serializePortfolio(samplePortfolio()),
    )
  })
})
