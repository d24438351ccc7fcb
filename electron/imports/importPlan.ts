import { randomUUID } from 'node:crypto'
import type { ColumnMapping, ModelChoice } from '../../shared/api/methods/imports'
import { parseCsv } from '../../shared/imports/csv'
import { planImport, type ImportPlan } from '../../shared/imports/preview'
import { toTable, type TableResult } from '../../shared/imports/table'
import type { Portfolio } from '../../shared/model/portfolio'
import { decodeCsvBytes } from './decodeText'
import { readSourceBytes, type SourceParams } from './readSource'
import { readXlsxRows } from './xlsxTable'

export interface SheetImportParams extends SourceParams {
  sheet?: string | undefined
  mapping?: ColumnMapping | undefined
  models?: readonly ModelChoice[] | undefined
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; message: string }

/** A fresh initiative id, the form the renderer's "new initiative" uses. */
const newInitiativeId = (): string => `init-${randomUUID()}`

/**
 * Reads a CSV or XLSX import and plans it against the portfolio: the one path behind the preview,
 * the apply and the CLI, so each sees the same rows, mapping and issues.
 */
export async function planSheetImport(
  params: SheetImportParams,
  portfolio: Portfolio,
  newId: () => string = newInitiativeId,
): Promise<PlanResult> {
  const source = readSourceBytes(params)
  if (!source.ok) return source
  if (source.format === 'json') {
    return {
      ok: false,
      message: `"${params.fileName}" is a JSON portfolio: it opens as a portfolio of its own (File → Import → JSON portfolio), not as rows of initiatives.`,
    }
  }
  let table: TableResult
  let sheets: string[] = []
  let sheet: string | null = null
  if (source.format === 'csv') {
    const text = decodeCsvBytes(source.bytes, params.fileName)
    if (!text.ok) return text
    const csv = parseCsv(text.text)
    if (!csv.ok) return { ok: false, message: `"${params.fileName}": ${csv.message}` }
    table = toTable(csv.rows)
  } else {
    const xlsx = await readXlsxRows(source.bytes, params.fileName, params.sheet)
    if (!xlsx.ok) return xlsx
    ;({ sheets, sheet } = xlsx)
    table = toTable(xlsx.rows)
  }
  if (!table.ok) return { ok: false, message: `"${params.fileName}": ${table.message}` }
  const plan = planImport(table.table, { format: source.format, sheets, sheet }, params.mapping, {
    startMonth: portfolio.settings.startMonth,
    horizonMonths: portfolio.settings.horizonMonths,
    priceBook: portfolio.priceBook,
    modelChoices: params.models,
    existingIds: new Set(portfolio.initiatives.map((i) => i.id)),
    existingCount: portfolio.initiatives.length,
    newId,
  })
  return { ok: true, plan }
}
