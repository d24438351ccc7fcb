import { ApiFailure, nameList } from './failure'
import type { HandlerMap } from './handler'

export const priceBookHandlers: HandlerMap = {
  /** Replaces the model with the same id in place, or appends a new one; the contract validated it. */
  'priceBook:upsert': (ctx, { model }) =>
    ctx.session.current.write((change) => {
      change.upsertModel(model)
      return model
    }),

  /** Refused while an initiative's model mix names the model: its inference cost would lose its price. */
  'priceBook:delete': (ctx, { id }) =>
    ctx.session.current.write((change) => {
      const portfolio = change.portfolio
      const model = portfolio.priceBook.find((m) => m.id === id)
      if (!model) throw new ApiFailure('not_found', `No model in the price book has the id "${id}".`)
      const users = portfolio.initiatives.filter((i) => i.usage.modelMix.some((m) => m.modelId === id))
      if (users.length > 0) {
        throw new ApiFailure(
          'conflict',
          `Cannot delete model "${model.name}": it is in the model mix of initiative${users.length > 1 ? 's' : ''} ` +
            `${nameList(users.map((i) => i.name))}. Change their model mix first.`,
        )
      }
      const removed = change.deleteModel(id)
      if (!removed) throw new ApiFailure('not_found', `No model in the price book has the id "${id}".`)
      return { model: removed.item, index: removed.index }
    }),
}
