import { z } from 'zod'
import { Id } from '../../model/primitives'

/**
 * Exports. The main process builds every file from the engine's results, so the
 * app, the browser mode and the command line (`cli export`) write the same bytes.
 *
 * - Electron: the renderer asks the shell for a path (save dialog), then calls 'export:run';
 *   the file is written to a temporary name and renamed into place (an interrupted export
 *   never leaves a truncated file). The result's `path` is what the shell offers to reveal.
 * - Browser mode: the server may not write where the user wants, so the renderer calls
 *   'export:build' and downloads `base64` as a Blob named `fileName` with `mimeType`.
 * - A grid as the user sees it (filtered, sorted, its visible columns): the renderer passes
 *   the rows and columns to 'export:grid' (Electron), or in browser mode builds the same text
 *   with `gridCsv` from shared/exports/gridCsv.ts and downloads it; both use the same function.
 *
 * Scenarios: the baseline (the portfolio as entered) is always included first, since the
 * Summary, the deck and the CSV compare against it. `scenarioIds` picks the portfolio's
 * scenarios to add, in the order given; omitted means every scenario in the portfolio's order,
 * an empty list means the baseline alone. An unknown id is refused with code 'not_found'.
 *
 * Formats: 'xlsx' workbook with live formulas; 'pptx' board deck with native charts;
 * 'csv' each included scenario's monthly projection in long format
 * (scenario, initiative, month, driver, value), one file; 'json' the whole portfolio in the
 * versioned format (shared/format) — scenarioIds is ignored, the file holds every scenario.
 */
export const ExportFormat = z.enum(['xlsx', 'pptx', 'csv', 'json'], { error: 'must be xlsx, pptx, csv or json' })
export type ExportFormat = z.infer<typeof ExportFormat>

export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv',
  json: 'application/json',
}

const ExportChoice = {
  format: ExportFormat,
  scenarioIds: z.array(Id).max(100).optional(),
}

/** A written file: its absolute path and size. */
const ExportWritten = z.object({ path: z.string(), bytes: z.number().int().min(0) })
type ExportWritten = z.infer<typeof ExportWritten>

/** One grid cell: text is neutralised against formula injection, numbers stay numbers. */
const GridCell = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()])

export const exportMethods = {
  /** Writes the export to `path` (absolute; the extension is not added). */
  'export:run': {
    params: z.object({ ...ExportChoice, path: z.string().min(1) }).strict(),
    result: ExportWritten,
  },
  /** Builds the export in memory for a browser download. `fileName` is derived from the portfolio name. */
  'export:build': {
    params: z.object(ExportChoice).strict(),
    result: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      /** The file's bytes, base64-encoded. */
      base64: z.string(),
      bytes: z.number().int().min(0),
    }),
  },
  /** Writes a grid as RFC 4180 CSV: a header line of `columns`, then `rows` in the order given. */
  'export:grid': {
    params: z
      .object({
        path: z.string().min(1),
        columns: z.array(z.string().max(1000)).min(1).max(1000),
        rows: z.array(z.array(GridCell).max(1000)).max(200_000),
      })
      .strict(),
    result: ExportWritten,
  },
} as const
