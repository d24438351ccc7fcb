import type { Initiative } from '../../model/initiative'
import type { Lever, LeverScope, PriceTarget } from '../../model/scenario'
import type { PriceBookModel } from '../../model/priceBook'

/** Whether a lever's scope covers an initiative. Ids that no longer exist simply match nothing. */
export function inScope(scope: LeverScope, init: Initiative): boolean {
  switch (scope.kind) {
    case 'portfolio':
      return true
    case 'initiatives':
      return scope.ids.includes(init.id)
    case 'stage':
      return scope.stages.includes(init.governance.stage)
    case 'valueType':
      return scope.valueTypes.includes(init.governance.valueType)
  }
}

/** Whether a price lever's target covers a price-book model. */
export function targetsModel(target: PriceTarget, model: PriceBookModel): boolean {
  switch (target.kind) {
    case 'all':
      return true
    case 'provider':
      return model.provider === target.provider
    case 'model':
      return model.id === target.modelId
  }
}

/** The enabled levers of a scenario, each with the indexes of the initiatives it covers. */
export function leversWithScope(
  levers: readonly Lever[],
  initiatives: readonly Initiative[],
): { lever: Lever; covers: Uint8Array }[] {
  return levers
    .filter((lever) => lever.enabled)
    .map((lever) => {
      const covers = new Uint8Array(initiatives.length)
      initiatives.forEach((init, i) => {
        covers[i] = inScope(lever.scope, init) ? 1 : 0
      })
      return { lever, covers }
    })
}
