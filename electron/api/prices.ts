import type { PriceFile } from '../../shared/prices/priceFile'
import { planPriceUpdate, type UpdateRequest } from '../../shared/prices/planUpdate'
import { applyPriceUpdate, restorePriceBook } from '../prices/applyPriceUpdate'
import { readPriceFileBase64 } from '../prices/priceFileBytes'
import { ApiFailure } from './failure'
import type { HandlerMap, ParsedParams } from './handler'

/** The uploaded file, read and checked; refused with 'bad_file' and the reason. */
function priceFileOf(params: ParsedParams<'prices:preview'>): { file: PriceFile; request: UpdateRequest } {
  const read = readPriceFileBase64(params.contentBase64, params.fileName)
  if (!read.ok) throw new ApiFailure('bad_file', read.message)
  const { fileName, effectiveFrom, readOn, choices, add } = params
  return { file: read.file, request: { fileName, effectiveFrom, readOn, choices, add } }
}

/** Updates of the price book from a price file: preview, update, and the restore its undo and redo use. */
export const priceHandlers: HandlerMap = {
  'prices:preview': (ctx, params) => {
    const { file, request } = priceFileOf(params)
    return planPriceUpdate(ctx.session.current.portfolio, file, request).preview
  },
  // The file is read before the write lock is taken; the plan is made under it.
  'prices:update': (ctx, params) => {
    const { file, request } = priceFileOf(params)
    return ctx.session.current.write((change) => applyPriceUpdate(change, file, request).applied)
  },
  'prices:restore': (ctx, { state }) => ctx.session.current.write((change) => restorePriceBook(change, state)),
}
