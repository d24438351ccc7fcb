import { describe, expect, it } from 'vitest'
import type { LeverCells } from '../../../electron/exports/xlsx/leversSheet'
import { initiativeLevers, type InitiativeLevers, type LineRef } from '../../../electron/exports/xlsx/scenarioLines'
import { compilePortfolio } from '../../../shared/engine'
import { compileScenario } from '../../../shared/engine/scenarios'
import { planLevers } from '../../../shared/exports/leverPlan'
import type { InputRefs } from '../../../shared/exports/formulas'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import { fixturePortfolio } from '../../integration/exports/portfolioFixture'
import { fixtureScenarios } from '../../integration/exports/scenarioFixture'

/**
 * The lines a scenario's levers add to an initiative (rates after each rate lever, the model mix
 * after each routing lever) carry cached values computed beside their formulas. Their last values
 * must be the engine's own compiled month series (compileScenario), to the bit: the same operations
 * in the same order. (The formulas themselves are checked by LibreOffice in xlsxRecalc.test.ts.)
 */
const portfolio = fixturePortfolio()
const base = compilePortfolio(portfolio)
const H = base.months
const inputs = Object.fromEntries(INPUT_FIELDS.map((f) => [f.key, f.key])) as InputRefs

function cellsOf(i: number, levers: ReturnType<typeof planLevers>): LeverCells[] {
  return levers.map((planned) => ({
    planned,
    on: 'on',
    amount: 'amount',
    start: 'start',
    full: 'full',
    scope: portfolio.initiatives.map((_, k) => (planned.scoped ? `scope${k}` : null)),
    models: planned.models ? portfolio.priceBook.map((_, k) => `model${k}`) : null,
  }))
}

const valuesOf = (plan: InitiativeLevers, ref: LineRef, entered: number): Float64Array =>
  'line' in ref ? (plan.lines[ref.line]?.values ?? new Float64Array(0)) : new Float64Array(H).fill(entered)

describe('cached values of the lines levers add to an initiative', () => {
  for (const scenario of fixtureScenarios()) {
    it(`equal the engine's compiled rates and mix (${scenario.name})`, () => {
      const compiled = compileScenario(portfolio, base, scenario.levers)
      const planned = planLevers(portfolio, scenario.levers)
      compiled.initiatives.forEach((inp, i) => {
        const entered = base.initiatives[i]
        if (!entered) throw new Error('initiatives differ')
        const plan = initiativeLevers(i, entered, inputs, [], cellsOf(i, planned), () => 'effect', portfolio, H)
        const adjust = inp.adjust
        expect(valuesOf(plan, plan.cacheHitRate, entered.cacheHitRate)).toEqual(
          adjust?.cacheHitRate ?? new Float64Array(H).fill(entered.cacheHitRate),
        )
        expect(valuesOf(plan, plan.batchShare, entered.batchShare)).toEqual(
          adjust?.batchShare ?? new Float64Array(H).fill(entered.batchShare),
        )
        // The engine's mix holds the routing targets of the levers covering the initiative; the
        // workbook's holds every routing lever's target, at 0 where no lever covers it.
        plan.mix.forEach((entry, j) => {
          const k = inp.mixModelIds.indexOf(entry.modelId)
          const shares =
            'line' in entry.share
              ? (plan.lines[entry.share.line]?.values ?? new Float64Array(0))
              : new Float64Array(H).fill(entered.mixShares[j] ?? 0)
          const engine =
            k < 0
              ? new Float64Array(H)
              : adjust?.mixShares
                ? adjust.mixShares.subarray(k * H, (k + 1) * H)
                : new Float64Array(H).fill(inp.mixShares[k] ?? 0)
          expect(Array.from(shares), `${inp.id} ${entry.modelId}`).toEqual(Array.from(engine))
        })
      })
      // The fixture's levers reach these lines: two cache levers stack on contracts, routing moves drafting.
      expect(planned.some((p) => p.role.role === 'routing')).toBe(scenario.id === 'prices-routing-rates')
    })
  }
})
