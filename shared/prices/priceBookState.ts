import type { Portfolio } from '../model/portfolio'
import type { PriceBookModel } from '../model/priceBook'
import type { PriceUpdatePlan } from './planUpdate'
import type { PriceBookState, PriceUpdateApplied } from './preview'

/**
 * The portfolio with the models and saved names of `state` in place: a model replaced where it is, a
 * new one appended, one that is null removed; the saved names replaced (null: none saved).
 */
export function withPriceBookState(portfolio: Portfolio, state: PriceBookState): Portfolio {
  const byId = new Map(state.models.map((m) => [m.id, m.model]))
  const present = new Set(portfolio.priceBook.map((m) => m.id))
  const priceBook: PriceBookModel[] = [
    ...portfolio.priceBook.filter((m) => byId.get(m.id) !== null).map((m) => byId.get(m.id) ?? m),
    ...state.models.flatMap(({ id, model }) => (model && !present.has(id) ? [model] : [])),
  ]
  const { modelAliases: _saved, ...rest } = portfolio
  return state.aliases === null ? { ...rest, priceBook } : { ...rest, priceBook, modelAliases: state.aliases }
}

/** What carrying out `plan` on `portfolio` changes, before and after: what undo and redo write back. */
export function appliedUpdate(portfolio: Portfolio, plan: PriceUpdatePlan): PriceUpdateApplied {
  const aliasesBefore = portfolio.modelAliases ?? null
  const aliasesChanged = JSON.stringify(plan.aliases) !== JSON.stringify(aliasesBefore ?? [])
  const before: PriceBookState = {
    models: plan.models.map((m) => ({ id: m.id, model: portfolio.priceBook.find((x) => x.id === m.id) ?? null })),
    aliases: aliasesBefore,
  }
  const after: PriceBookState = {
    models: plan.models.map((m) => ({ id: m.id, model: m })),
    aliases: aliasesChanged ? plan.aliases : aliasesBefore,
  }
  const modelsAdded = before.models.filter((m) => m.model === null).length
  return { before, after, pricesAdded: plan.models.length - modelsAdded, modelsAdded }
}
