import { isAbsolute } from 'node:path'
import { EXPORT_MIME } from '../../shared/api/methods/exports'
import { gridCsv } from '../../shared/exports/gridCsv'
import { writeTextAtomically } from '../exports/atomicWrite'
import { ExportRefused } from '../exports/exportRefused'
import { exportFileName, exportToBuffer, exportToFile } from '../exports/exportFile'
import { checkOutputPath, refusedWrite } from '../exports/outputPath'
import type { ApiContext } from './context'
import { ApiFailure } from './failure'
import type { HandlerMap } from './handler'

/** Refusals of the export code (unknown scenario, unusable path) as API failures with their message. */
async function refusalsAsFailures<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    if (e instanceof ExportRefused) throw new ApiFailure(e.code, e.message)
    throw e
  }
}

/** A path typed relative to the server's working folder would land somewhere unexpected. */
function absolute(path: string): string {
  if (!isAbsolute(path)) throw new ApiFailure('validation', `path: must be an absolute file path (got "${path}").`)
  return path
}

/** The open portfolio file may not be the target of an export. */
const openFile = (ctx: ApiContext): string[] => [ctx.session.current.path]

export const exportHandlers: HandlerMap = {
  'export:run': (ctx, { format, scenarioIds, path }) =>
    refusalsAsFailures(() =>
      exportToFile(
        absolute(path),
        { portfolio: ctx.session.current.portfolio, format, scenarios: scenarioIds, exportedOn: ctx.session.today() },
        openFile(ctx),
      ),
    ),

  'export:build': (ctx, { format, scenarioIds }) =>
    refusalsAsFailures(async () => {
      const portfolio = ctx.session.current.portfolio
      const exportedOn = ctx.session.today()
      const bytes = await exportToBuffer({ portfolio, format, scenarios: scenarioIds, exportedOn })
      return {
        fileName: exportFileName(portfolio.settings.name, format, exportedOn),
        mimeType: EXPORT_MIME[format],
        base64: bytes.toString('base64'),
        bytes: bytes.length,
      }
    }),

  'export:grid': (ctx, { path, columns, rows }) =>
    refusalsAsFailures(async () => {
      const target = checkOutputPath(absolute(path), openFile(ctx))
      const text = gridCsv(columns, rows)
      try {
        await writeTextAtomically(target, text)
      } catch (error) {
        throw refusedWrite(target, error)
      }
      return { path: target, bytes: Buffer.byteLength(text, 'utf8') }
    }),
}
