/**
 * The comparison job: what the scenarios view shows, computed by the engine's own comparison
 * (compareScenarios) and series, with the figures read across cases in typed arrays.
 */
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { unitCostsAt } from '../../../shared/engine'
import { compareScenarios, evaluateScenarios } from '../../../shared/engine/scenarios'
import { runJob, transferables } from '../../../shared/jobs/catalog'
import { caseLines, largestNpvInitiatives, npvColumns } from '../../../renderer/src/features/scenarios/scenarioCases'

const p = samplePortfolio()
const IDS = ['scenario-prompt-growth', 'scenario-prices-halve']

describe('comparison job', () => {
  it("is the engine's comparison: the portfolio's table, and every initiative's NPV in every case", () => {
    const result = runJob('comparison', { portfolio: p, scenarioIds: IDS, focus: null })
    const engine = compareScenarios(p, IDS)
    expect(result.columns).toEqual(engine.columns)
    expect(result.focus).toBeNull()
    expect(result.entity).toEqual(engine.portfolio)
    const n = p.initiatives.length
    expect(result.npv).toHaveLength(3 * n)
    engine.initiatives.forEach((e, i) => {
      const npv = e.rows.find((r) => r.key === 'npv')?.values
      expect([0, 1, 2].map((c) => result.npv[c * n + i])).toEqual(npv)
    })
    expect(npvColumns(result, [1]).map((c) => c.npv)).toEqual(
      [0, 1, 2].map((c) => [engine.initiatives[1]?.rows.find((r) => r.key === 'npv')?.values[c]]),
    )
  })

  it("gives the focused initiative's table and its monthly lines, cost per outcome null where no outcomes", () => {
    const { runs } = evaluateScenarios(p, IDS)
    const late = p.initiatives.find((i) => (runs[0]?.result.byId.get(i.id)?.firstActiveMonth ?? 0) > 0)
    if (!late) throw new Error('the sample has no initiative launching after month 0')
    const result = runJob('comparison', { portfolio: p, scenarioIds: IDS, focus: late.id })
    expect(result.focus).toBe(late.id)
    expect(result.entity).toEqual(compareScenarios(p, IDS).initiatives.find((e) => e.id === late.id))
    const lines = caseLines(result)
    expect(lines.map((l) => l.name)).toEqual(runs.map((r) => r.name))
    runs.forEach((run, c) => {
      const series = run.result.byId.get(late.id)?.series
      if (!series) throw new Error('no series')
      expect(lines[c]?.totalCost).toEqual(Array.from(series.totalCost))
      const perOutcome = Array.from({ length: series.months }, (_, t) => unitCostsAt(series, t).fullPerOutcome)
      expect(lines[c]?.costPerOutcome).toEqual(perOutcome)
    })
    expect(lines[0]?.costPerOutcome[0]).toBeNull()
    expect(result.firstActiveMonth[p.initiatives.indexOf(late)]).toBe(
      runs[0]?.result.byId.get(late.id)?.firstActiveMonth,
    )
  })

  it('leaves out scenarios and a focus that are gone, and its typed arrays transfer', () => {
    const result = runJob('comparison', { portfolio: p, scenarioIds: ['gone', IDS[0] ?? ''], focus: 'gone' })
    expect(result.columns.map((c) => c.id)).toEqual([null, IDS[0]])
    expect(result.focus).toBeNull()
    expect(result.entity.id).toBeNull()
    expect(transferables(result)).toEqual([
      result.npv.buffer,
      result.firstActiveMonth.buffer,
      result.totalCost.buffer,
      result.costPerOutcome.buffer,
    ])
    // Structured clone (what postMessage does) keeps every figure.
    expect(structuredClone(result)).toEqual(result)
  })

  it('picks the initiatives with the largest |baseline NPV| for the chart, in list order', () => {
    const result = runJob('comparison', { portfolio: p, scenarioIds: [], focus: null })
    const fake = (npvs: number[]) => ({
      ...result,
      initiativeIds: npvs.map((_, i) => `i${i}`),
      npv: Float64Array.from(npvs),
    })
    expect(largestNpvInitiatives(fake([5, -10, 1]), 3)).toEqual([0, 1, 2])
    expect(largestNpvInitiatives(fake([5, -10, 1, 7]), 2)).toEqual([1, 3])
  })
})
