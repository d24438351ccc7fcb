import { randomUUID } from 'node:crypto'
import { planActualsImport, type ImportPlan } from '../../shared/actuals/importPlan'
import type { ActualsReadResult } from '../../shared/actuals/readActuals'
import type { ActualsImportRecord, ActualsPreview } from '../../shared/actuals/results'
import { MAX_STORED_ACTUAL_LINES, type ExchangeRate } from '../../shared/actuals/stored'
import { ModelAliases, type ModelAlias } from '../../shared/modelNames'
import type { Portfolio } from '../../shared/model/portfolio'
import { toValidationIssues, type ValidationIssue } from '../../shared/model/validation'
import { ApiFailure, invalid } from '../api/failure'
import { PortfolioFileError } from '../db/errors'
import type { PortfolioFile } from '../db/portfolioFile'
import type { ActualsRepository } from '../db/repositories/actualsRepository'

/** A file as read, and what the person said about it. */
export interface ActualsImportRequest {
  read: ActualsReadResult
  fileName: string
  rates: readonly ExchangeRate[]
  models: readonly ModelAlias[]
}

function plan(
  portfolio: Portfolio,
  actuals: ActualsRepository,
  request: ActualsImportRequest,
  source: { importId: string; importedAt: string },
): ImportPlan {
  return planActualsImport({
    read: request.read,
    stored: actuals.lines(),
    rules: actuals.rules(),
    portfolio: {
      currency: portfolio.settings.currency,
      priceBook: portfolio.priceBook,
      modelAliases: portfolio.modelAliases ?? [],
    },
    rates: request.rates,
    models: request.models,
    source: { ...source, fileName: request.fileName },
  })
}

const issuesOf = (preview: ActualsPreview): ValidationIssue[] =>
  preview.refused.map((r) => ({
    path: r.row === null ? [r.field] : [r.row, r.field],
    field: r.field,
    entity: r.row === null ? '' : `Row ${r.row}`,
    rule: r.rule,
    message: r.message,
  }))

/** What importing the file would do; writes nothing. */
export function previewActualsImport(file: PortfolioFile, request: ActualsImportRequest): ActualsPreview {
  const portfolio = file.portfolio
  return file.readActuals((actuals) => plan(portfolio, actuals, request, { importId: 'preview', importedAt: '' }))
    .preview
}

/**
 * Imports the file in one write: planned again under the write lock against what the file holds
 * then, refused whole (code 'validation', every reason) unless the preview is acceptable. A file
 * that changes nothing writes nothing and gives no record (nothing to undo).
 */
export function importActuals(
  file: PortfolioFile,
  request: ActualsImportRequest,
  now: Date = new Date(),
): { record: ActualsImportRecord | null; preview: ActualsPreview } {
  return file.write((change) => {
    const source = { importId: `actuals-${randomUUID()}`, importedAt: now.toISOString() }
    const planned = plan(change.portfolio, change.actuals, request, source)
    const { preview, record } = planned
    if (!preview.acceptable) {
      const issues = issuesOf(preview)
      throw issues.length > 0 ? invalid(issues) : new ApiFailure('validation', preview.message)
    }
    if (record === null) return { record: null, preview }
    if (request.models.length > 0) {
      const checked = ModelAliases.safeParse(planned.aliases)
      if (!checked.success) throw invalid(toValidationIssues(checked.error, planned.aliases, 'Saved model names'))
      change.replacePart('modelAliases', checked.data)
    }
    change.actuals.addImport(record, planned.lines, planned.replacedRowIds)
    if (change.actuals.countLines() > MAX_STORED_ACTUAL_LINES)
      throw new PortfolioFileError(
        'over_limit',
        `Actuals: must hold ${MAX_STORED_ACTUAL_LINES.toLocaleString('en-US')} lines or fewer. Nothing was changed.`,
      )
    return { record, preview }
  })
}

/**
 * Undoes (active false) or redoes (true) an import in one write. An import a later active import
 * replaced lines of cannot be undone before that one (its days would count twice).
 */
export function setImportActive(file: PortfolioFile, importId: string, active: boolean): ActualsImportRecord {
  return file.write((change) => {
    const record = change.actuals.importRecord(importId)
    if (!record)
      throw new ApiFailure(
        'not_found',
        `There is no import "${importId}" in this portfolio (a later import may have replaced it). Nothing was changed.`,
      )
    if (record.active === active) return record
    if (!active && change.actuals.replacedLater(importId) > 0)
      throw new ApiFailure(
        'conflict',
        `The import of "${record.fileName}" cannot be undone before the later imports that replaced its lines. Nothing was changed.`,
      )
    change.actuals.setActive(importId, active)
    return { ...record, active }
  })
}
