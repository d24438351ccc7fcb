import type { ImportIssue } from '../../shared/api/methods/imports'
import type { ImportPlan } from '../../shared/imports/preview'
import type { Initiative } from '../../shared/model/initiative'
import { Portfolio as PortfolioSchema, type Portfolio } from '../../shared/model/portfolio'
import { toValidationIssues, type ValidationIssue } from '../../shared/model/validation'
import type { PortfolioFile } from '../db/portfolioFile'
import type { PortfolioWrite } from '../db/portfolioWrite'
import { ApiFailure, invalid, nameList } from '../api/failure'

/** An import issue as the API's ValidationIssue: entity 'Row 7' (or 'File'), the field id and the rule. */
export function toIssue(i: ImportIssue): ValidationIssue {
  return {
    path: i.row === null ? ['file', i.field] : ['rows', i.row, i.field],
    field: i.field,
    entity: i.row === null ? 'File' : `Row ${i.row}`,
    rule: i.rule,
    message: i.message,
  }
}

/**
 * The portfolio with `initiatives` inserted at `index`, checked against every rule of the Portfolio
 * schema (the rows were checked one by one; this also covers the portfolio-wide rules). Throws the
 * refusal with every issue; returns the initiatives as the schema parsed them.
 */
export function checkedInsert(portfolio: Portfolio, initiatives: readonly Initiative[], index: number): Initiative[] {
  const next = { ...portfolio, initiatives: portfolio.initiatives.toSpliced(index, 0, ...initiatives) }
  const result = PortfolioSchema.safeParse(next)
  if (!result.success) throw invalid(toValidationIssues(result.error, next))
  return result.data.initiatives.slice(index, index + initiatives.length)
}

/** The first sentence of a refused import: which file, how many problems. */
export function refusalHeadline(fileName: string, problems: number): string {
  return `Nothing was imported from "${fileName}": ${problems} problem${problems > 1 ? 's' : ''} to fix first.`
}

/** Refuses a plan with any issue (the message names the first few, `issues` holds all); else the initiatives to append. */
export function initiativesOf(plan: ImportPlan, fileName: string): Initiative[] {
  if (plan.allIssues.length > 0) {
    const failure = invalid(plan.allIssues.map(toIssue))
    throw new ApiFailure(
      'validation',
      `${refusalHeadline(fileName, plan.allIssues.length)} ${failure.message}`,
      failure.issues,
    )
  }
  return plan.initiatives
}

/** Appends a plan's initiatives to an open file in one transaction: all rows or none. */
export function applyPlan(
  file: PortfolioFile,
  plan: ImportPlan,
  fileName: string,
): { initiatives: Initiative[]; index: number } {
  return file.write((change) => {
    const index = change.portfolio.initiatives.length
    const initiatives = checkedInsert(change.portfolio, initiativesOf(plan, fileName), index)
    change.insertInitiatives(initiatives, index)
    return { initiatives, index }
  })
}

/** Deletes the initiatives an import created, in one transaction; refuses (changing nothing) when one is gone or pooled. */
export function undoImport(file: PortfolioFile, ids: readonly string[]): number {
  return file.write((change) => deleteImported(change, ids))
}

function deleteImported(change: PortfolioWrite, ids: readonly string[]): number {
  const portfolio = change.portfolio
  const present = new Set(portfolio.initiatives.map((i) => i.id))
  const missing = ids.filter((id) => !present.has(id))
  if (missing.length > 0) {
    throw new ApiFailure(
      'not_found',
      `Cannot undo the import: no initiative has the id ${nameList(missing)}. Nothing was changed.`,
    )
  }
  const gone = new Set(ids)
  const pools = portfolio.costPools.filter(
    (p) => p.allocation === 'fixed' && Object.keys(p.fixedShares).some((id) => gone.has(id)),
  )
  if (pools.length > 0) {
    throw new ApiFailure(
      'conflict',
      `Cannot undo the import: cost pool${pools.length > 1 ? 's' : ''} ${nameList(pools.map((p) => p.name))} give imported initiatives a fixed share. Change those shares first.`,
    )
  }
  return change.deleteInitiatives(ids).length
}

/** Puts back the initiatives of an undone import at `index`, in one transaction. */
export function redoImport(
  file: PortfolioFile,
  initiatives: readonly Initiative[],
  index: number,
): { initiatives: Initiative[]; index: number } {
  return file.write((change) => {
    const portfolio = change.portfolio
    const present = new Set(portfolio.initiatives.map((i) => i.id))
    const clashes = initiatives.filter((i) => present.has(i.id)).map((i) => i.id)
    if (clashes.length > 0) {
      throw new ApiFailure(
        'conflict',
        `Cannot redo the import: initiatives with the id ${nameList(clashes)} exist already. Nothing was changed.`,
      )
    }
    const at = Math.min(index, portfolio.initiatives.length)
    const checked = checkedInsert(portfolio, initiatives, at)
    change.insertInitiatives(checked, at)
    return { initiatives: checked, index: at }
  })
}
