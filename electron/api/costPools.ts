import { costPoolContextIssues } from '../../shared/model/portfolio'
import { ApiFailure, invalid } from './failure'
import type { HandlerMap } from './handler'
import { entityIssue, poolEntity } from './issues'

export const costPoolHandlers: HandlerMap = {
  /** Start month within the horizon; fixed shares name existing initiatives and sum to 100%. */
  'costPool:upsert': (ctx, { pool }) =>
    ctx.session.current.write((change) => {
      const portfolio = change.portfolio
      const initiativeIds = new Set(portfolio.initiatives.map((i) => i.id))
      const issues = costPoolContextIssues(pool, portfolio.settings.horizonMonths, initiativeIds).map((i) =>
        entityIssue(poolEntity(pool.name), [pool.id, ...i.path], i.path, i.message),
      )
      if (issues.length > 0) throw invalid(issues)
      change.upsertPool(pool)
      return pool
    }),

  'costPool:delete': (ctx, { id }) =>
    ctx.session.current.write((change) => {
      const removed = change.deletePool(id)
      if (!removed) throw new ApiFailure('not_found', `No cost pool has the id "${id}".`)
      return { pool: removed.item, index: removed.index }
    }),
}
