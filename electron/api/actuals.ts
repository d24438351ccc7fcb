import { ApiFailure } from './failure'
import type { HandlerMap } from './handler'

const notYet = (): never => {
  throw new ApiFailure('unknown_method', 'Actuals are not stored by this version yet.')
}

/** Actuals: imports, stored lines, attribution rules, non-token amounts and measured outcomes. */
export const actualsHandlers: HandlerMap = {
  'actuals:preview': notYet,
  'actuals:import': notYet,
  'actuals:setImportActive': notYet,
  'actuals:imports': () => [],
  'actuals:list': () => ({ lines: [], total: 0 }),
  'actuals:summary': (ctx) => ({
    currency: ctx.session.current.portfolio.settings.currency,
    costs: [],
    providerMonths: [],
    unallocated: [],
    unmappedModels: [],
  }),
  'actuals:rules': () => [],
  'actuals:setRules': notYet,
  'actuals:amounts': () => [],
  'actuals:setAmounts': notYet,
  'actuals:outcomes': () => [],
  'actuals:setOutcomes': notYet,
}
