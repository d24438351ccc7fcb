import { describe, expect, it } from 'vitest'
import { computePortfolio } from '../../../shared/engine'
import type { Portfolio } from '../../../shared/model'
import { Portfolio as PortfolioSchema } from '../../../shared/model/portfolio'
import { planPriceUpdate } from '../../../shared/prices/planUpdate'
import type { PriceFile } from '../../../shared/prices/priceFile'
import { readPriceFile } from '../../../shared/prices/readPriceFile'
import { appliedUpdate, withPriceBookState } from '../../../shared/prices/priceBookState'
import { arr, initiative, model, portfolio, price } from '../engine/fixtures'
import { fixtureFile, LITELLM_FILE, OPENROUTER_FILE } from './fixtures'

const MINI = 'openai:gpt-4.1-mini'

/**
 * GPT-4.1 mini at its launch price doubled (0.8 in, 3.2 out), six months from January 2026, 1,000
 * queries a month of 1,000 input and 500 output tokens: 1000 × (1000 × 0.8 + 500 × 3.2) / 1e6 = 2.4 a
 * month. LiteLLM's file prices it 0.0000004 and 0.0000016 a token: 0.4 and 1.6 per million, so
 * 1000 × (1000 × 0.4 + 500 × 1.6) / 1e6 = 1.2 a month once that price is in force.
 */
function miniPortfolio(): Portfolio {
  return portfolio({
    months: 6,
    startMonth: '2026-01',
    priceBook: [model(MINI, [price({ effectiveFrom: '2025-04-14', inputPerM: 0.8, outputPerM: 3.2 })])],
    initiatives: [
      initiative({
        usage: {
          targetUsers: 10,
          queriesPerUserPerMonth: 100,
          inputTokensPerQuery: 1000,
          outputTokensPerQuery: 500,
          modelMix: [{ modelId: MINI, share: 1 }],
        },
      }),
    ],
  })
}

function updated(p: Portfolio, file: string | PriceFile, effectiveFrom: string): Portfolio {
  const plan = planPriceUpdate(p, typeof file === 'string' ? fixtureFile(file) : file, {
    fileName: typeof file === 'string' ? file : 'models.json',
    effectiveFrom,
    readOn: '2026-12-07',
    choices: [],
    add: [],
  })
  return PortfolioSchema.parse(withPriceBookState(p, appliedUpdate(p, plan).after))
}

const inferenceByMonth = (p: Portfolio): number[] =>
  arr(computePortfolio(p).initiatives[0]?.series.cost.inference ?? [])

describe('the plan after an update: each month at the price in force on its first day', () => {
  it('before the update every month is at the old price', () => {
    expect(inferenceByMonth(miniPortfolio())).toEqual([2.4, 2.4, 2.4, 2.4, 2.4, 2.4])
  })

  it('a price from 1 April counts from April; the months before keep the price they had', () => {
    const p = updated(miniPortfolio(), LITELLM_FILE, '2026-04-01')
    expect(p.priceBook[0]?.prices.map((x) => [x.effectiveFrom, x.inputPerM, x.outputPerM])).toEqual([
      ['2025-04-14', 0.8, 3.2],
      ['2026-04-01', 0.4, 1.6],
    ])
    expect(inferenceByMonth(p)).toEqual([2.4, 2.4, 2.4, 1.2, 1.2, 1.2])
  })

  it('a price from the middle of March counts from April: March is priced on 1 March', () => {
    expect(inferenceByMonth(updated(miniPortfolio(), LITELLM_FILE, '2026-03-15'))).toEqual([
      2.4, 2.4, 2.4, 1.2, 1.2, 1.2,
    ])
  })

  it('a price from before the horizon counts from its first month', () => {
    expect(inferenceByMonth(updated(miniPortfolio(), LITELLM_FILE, '2025-12-31'))).toEqual([
      1.2, 1.2, 1.2, 1.2, 1.2, 1.2,
    ])
  })

  it('the same prices from another source add nothing; a later cut adds a third dated price', () => {
    // OpenRouter's list prices openai/gpt-4.1-mini at "0.0000004" and "0.0000016" and its cache
    // read at "0.0000001", as LiteLLM does: nothing to add.
    const once = updated(miniPortfolio(), LITELLM_FILE, '2026-03-01')
    expect(updated(once, OPENROUTER_FILE, '2026-05-01')).toEqual(once)
    // Halved again from May: 1000 × (1000 × 0.2 + 500 × 0.8) / 1e6 = 0.6.
    const cut = JSON.stringify({
      data: [{ id: 'openai/gpt-4.1-mini', pricing: { prompt: '0.0000002', completion: '0.0000008' } }],
    })
    const read = readPriceFile(cut, 'models.json')
    if (!read.ok) throw new Error(read.message)
    const twice = updated(once, read.file, '2026-05-01')
    expect(twice.priceBook[0]?.prices.map((x) => x.effectiveFrom)).toEqual(['2025-04-14', '2026-03-01', '2026-05-01'])
    expect(inferenceByMonth(twice)).toEqual([2.4, 2.4, 1.2, 1.2, 0.6, 0.6])
  })

  it('the preview says when a mid-month date first counts in the plan', () => {
    const warningsOn = (effectiveFrom: string, p = miniPortfolio()) =>
      planPriceUpdate(p, fixtureFile(LITELLM_FILE), {
        fileName: LITELLM_FILE,
        effectiveFrom,
        readOn: '2026-12-07',
        choices: [],
        add: [],
      }).preview.warnings
    expect(warningsOn('2026-03-15')).toEqual([
      'Prices from 15 Mar 2026 count in the plan from Apr 2026: the plan prices each month at the price in force on its first day.',
    ])
    expect(warningsOn('2026-12-31')[0]).toContain('count in the plan from Jan 2027')
    expect(warningsOn('2026-03-01')).toEqual([])
    // Nothing to add: nothing to say about when it counts.
    expect(warningsOn('2026-03-15', updated(miniPortfolio(), LITELLM_FILE, '2026-03-01'))).toEqual([])
  })
})
