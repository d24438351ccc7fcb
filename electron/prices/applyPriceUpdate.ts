import { ModelAliases } from '../../shared/modelNames'
import type { PriceFile } from '../../shared/prices/priceFile'
import { planPriceUpdate, type PriceUpdatePlan, type UpdateRequest } from '../../shared/prices/planUpdate'
import { appliedUpdate } from '../../shared/prices/priceBookState'
import type { PriceBookState, PriceUpdateApplied } from '../../shared/prices/preview'
import { toValidationIssues } from '../../shared/model/validation'
import { ApiFailure, invalid, nameList } from '../api/failure'
import type { PortfolioWrite } from '../db/portfolioWrite'

/**
 * Carries out a planned update inside one write: each changed model gets its new dated price, the
 * models chosen are added, and the person's choices are saved. The plan is made here, against the
 * portfolio as the file holds it under the write lock, so it cannot rest on a copy another window
 * has since changed. Returns the plan (for the command line's report) and the states before and
 * after (for undo and redo).
 */
export function applyPriceUpdate(
  change: PortfolioWrite,
  file: PriceFile,
  request: UpdateRequest,
): { plan: PriceUpdatePlan; applied: PriceUpdateApplied } {
  const plan = planPriceUpdate(change.portfolio, file, request)
  const applied = appliedUpdate(change.portfolio, plan)
  const { aliases } = applied.after
  if (aliases !== applied.before.aliases) {
    const checked = ModelAliases.safeParse(aliases)
    if (!checked.success) throw invalid(toValidationIssues(checked.error, aliases, 'Saved model names'))
    change.replacePart('modelAliases', aliases ?? undefined)
  }
  for (const model of plan.models) change.upsertModel(model)
  return { plan, applied }
}

/**
 * Puts models and saved names back as `state` holds them (an update's undo or redo): a model with
 * null is removed, unless an initiative's model mix names it, which refuses the whole restore.
 */
export function restorePriceBook(change: PortfolioWrite, state: PriceBookState): PriceBookState {
  for (const { id, model } of state.models) {
    if (model !== null && model.id !== id)
      throw new ApiFailure('validation', `The model saved as "${id}" has the id "${model.id}". Nothing was changed.`)
    if (model !== null) continue
    const users = change.portfolio.initiatives.filter((i) => i.usage.modelMix.some((m) => m.modelId === id))
    if (users.length > 0) {
      const name = change.portfolio.priceBook.find((m) => m.id === id)?.name ?? id
      throw new ApiFailure(
        'conflict',
        `Cannot remove model "${name}": it is in the model mix of ${nameList(users.map((i) => i.name))}. Change their model mix first. Nothing was changed.`,
      )
    }
  }
  for (const { id, model } of state.models) {
    if (model === null) change.deleteModel(id)
    else change.upsertModel(model)
  }
  change.replacePart('modelAliases', state.aliases ?? undefined)
  return state
}
