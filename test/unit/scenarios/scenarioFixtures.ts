import { compilePortfolio, type PortfolioResult } from '../../../shared/engine'
import { runScenario } from '../../../shared/engine/scenarios'
import type { Portfolio } from '../../../shared/model'
import type { Lever, LeverInput } from '../../../shared/model/scenario'
import { Lever as LeverSchema } from '../../../shared/model/scenario'
import { initiative, model, portfolio, price } from '../engine/fixtures'

/**
 * Hand-checkable base: 6 months; 'big' costs $10 input / $1 cached / $20 output per million tokens,
 * 'small' $1 / $0.1 / $2, both with a 50% batch discount. Initiative 'a' (pilot, cost savings):
 * 10 users x 100 queries = 1,000 queries a month from month 0, 1,000 input tokens, all on 'big':
 * inference = 1,000 x 1,000 x $10 / 1e6 = $10 a month. Initiative 'b' (scaling, revenue) is 'a' again.
 */
export function leverBase(
  patch: { a?: Parameters<typeof initiative>[0]; pools?: Portfolio['costPools'] } = {},
): Portfolio {
  const usage = {
    targetUsers: 10,
    queriesPerUserPerMonth: 100,
    inputTokensPerQuery: 1000,
    modelMix: [{ modelId: 'big', share: 1 }],
  }
  const a = initiative({ id: 'a', ...patch.a, usage: { ...usage, ...patch.a?.usage } })
  const b = initiative({ id: 'b', usage })
  return portfolio({
    months: 6,
    priceBook: [
      model('big', [price({ inputPerM: 10, cachedInputPerM: 1, outputPerM: 20, batchDiscount: 0.5 })]),
      {
        ...model('small', [price({ inputPerM: 1, cachedInputPerM: 0.1, outputPerM: 2, batchDiscount: 0.5 })]),
        provider: 'Other',
      },
    ],
    costPools: patch.pools ?? [],
    initiatives: [a, { ...b, governance: { ...b.governance, stage: 'scaling', valueType: 'revenue' } }],
  })
}

/** A lever's input without id and scope (they default), kept per lever kind. */
export type LeverDraft = LeverInput extends infer L
  ? L extends LeverInput
    ? Omit<L, 'id' | 'scope'> & { id?: string; scope?: LeverInput['scope'] }
    : never
  : never

/** A lever from its input (defaults applied by the schema, which also checks it is valid). */
export function lever(input: LeverDraft): Lever {
  return LeverSchema.parse({ id: 'l', scope: { kind: 'portfolio' }, ...input })
}

export function runWith(p: Portfolio, levers: Lever[]): PortfolioResult {
  return runScenario(p, compilePortfolio(p), { id: 's', name: 's', levers }).result
}

export function seriesOf(r: PortfolioResult, id: string) {
  const i = r.byId.get(id)
  if (!i) throw new Error(`no initiative ${id}`)
  return i.series
}
