import { contract, isDesktopOnly, isMethod, type Method } from '../../shared/api/contract'
import { fail, ok, type ApiErrorCode, type ApiResult } from '../../shared/api/result'
import { toValidationIssues } from '../../shared/model/validation'
import { fileBusyError, isBusy } from '../db/busy'
import { PortfolioFileError, type PortfolioFileErrorKind } from '../db/errors'
import type { ApiContext } from './context'
import { ApiFailure, invalid } from './failure'
import type { HandlerMap } from './handler'
import { registry } from './registry'

export interface Api {
  /** Runs one contract method. Never throws: every outcome is an ApiResult. */
  invoke(method: string, params: unknown): Promise<ApiResult<unknown>>
}

const FILE_ERROR_CODES: Record<PortfolioFileErrorKind, ApiErrorCode> = {
  missing: 'not_found',
  none_open: 'not_found',
  not_sqlite: 'bad_file',
  not_portfolio: 'bad_file',
  corrupt: 'bad_file',
  invalid_content: 'bad_file',
  newer_version: 'newer_version',
  migration_failed: 'internal',
  in_use: 'conflict',
  read_only: 'bad_file',
  over_limit: 'validation',
}

type AnyHandler = (ctx: ApiContext, params: unknown) => unknown

function toResult(method: string, e: unknown, ctx: ApiContext): ApiResult<never> {
  if (e instanceof ApiFailure) return fail(e.code, e.message, e.issues)
  if (e instanceof PortfolioFileError) return fail(FILE_ERROR_CODES[e.kind], e.message, e.issues)
  // Writes and reads of the open file already say this; any other statement that waited too long too.
  if (isBusy(e)) return toResult(method, fileBusyError(), ctx)
  ctx.logError?.(method, e)
  const detail = e instanceof Error ? e.message : String(e)
  return fail('internal', `Something went wrong in ${method}: ${detail}. Nothing was changed by this call.`)
}

/**
 * The one entry point shared by Electron IPC and the HTTP server: checks the method exists, validates
 * params with the contract's schema, runs the handler and turns every exception into a typed error.
 * Writes happen in one transaction inside the handler, so a failed call changed nothing.
 */
export function createApi(ctx: ApiContext, handlers: HandlerMap = registry): Api {
  return {
    async invoke(method, params) {
      if (!isMethod(method)) return fail('unknown_method', `There is no API method named "${method}".`)
      const handler = handlers[method as Method] as AnyHandler | undefined
      if (!handler && isDesktopOnly(method))
        return fail(
          'unknown_method',
          `"${method}" takes a file path, so only the desktop app offers it; browser mode reads and writes no file by name.`,
        )
      if (!handler) return fail('unknown_method', `The API method "${method}" is not available in this version.`)
      const parsed = contract[method].params.safeParse(params ?? {})
      if (!parsed.success) {
        const failure = invalid(toValidationIssues(parsed.error, params))
        return fail('validation', `Invalid request to ${method}: ${failure.message}`, failure.issues)
      }
      try {
        return ok(await handler(ctx, parsed.data))
      } catch (e) {
        return toResult(method, e, ctx)
      }
    },
  }
}
