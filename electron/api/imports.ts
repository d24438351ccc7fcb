import { applyPlan, redoImport, undoImport } from '../imports/applyImport'
import { planSheetImport } from '../imports/importPlan'
import { importPortfolioJson, namedPortfolioPath } from '../imports/portfolioJson'
import { ApiFailure } from './failure'
import type { HandlerMap } from './handler'

/**
 * Imports. Preview and apply share one plan (imports/importPlan.ts), so an apply writes
 * exactly what the preview showed; the apply, its undo and its redo are one transaction each.
 */
export const importHandlers: HandlerMap = {
  'import:preview': async (ctx, params) => {
    const planned = await planSheetImport(params, ctx.session.current.portfolio)
    if (!planned.ok) throw new ApiFailure('bad_file', planned.message)
    return planned.plan.preview
  },
  'import:apply': async (ctx, params) => {
    const file = ctx.session.current
    const planned = await planSheetImport(params, file.portfolio)
    if (!planned.ok) throw new ApiFailure('bad_file', planned.message)
    return applyPlan(file, planned.plan, params.fileName)
  },
  'import:undo': (ctx, { ids }) => ({ removed: undoImport(ctx.session.current, ids) }),
  'import:redo': (ctx, { initiatives, index }) => redoImport(ctx.session.current, initiatives, index),
  'import:portfolio': (ctx, { target, replace, ...source }) =>
    importPortfolioJson(ctx.session, source, target, replace ?? false),
  'import:portfolioNamed': (ctx, { name, replace, ...source }) =>
    importPortfolioJson(ctx.session, source, namedPortfolioPath(ctx.session, name), replace ?? false),
}
