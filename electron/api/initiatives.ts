import { Initiative } from '../../shared/model/initiative'
import { Portfolio as PortfolioSchema, type Portfolio } from '../../shared/model/portfolio'
import type { ValidationIssue } from '../../shared/model/validation'
import type { FieldEdit } from '../../shared/api/contract'
import { ApiFailure, invalid, nameList } from './failure'
import { FieldPathError, setField } from './fieldPath'
import type { HandlerMap } from './handler'
import { entityIssue, initiativeEntity } from './issues'

/** Fields an edit may not change: the id ties the initiative to pools and undo history. */
const READ_ONLY_FIELDS = new Set(['id'])

interface Draft {
  id: string
  /** Name before the edit, for the entity label. */
  name: string
  value: unknown
}

type Checked = { values: Initiative[]; issues: [] } | { values?: undefined; issues: ValidationIssue[] }

/**
 * Every rule an initiative must pass inside this portfolio, from the Portfolio schema itself: the drafts
 * are validated as the initiatives of a portfolio with the same settings, price book and scoring model
 * (no pools, which name other initiatives). Rules added to the model later apply here without a change.
 * Issue paths become [initiative id, ...field].
 */
function checkInitiatives(portfolio: Portfolio, drafts: readonly Draft[]): Checked {
  const result = PortfolioSchema.safeParse({ ...portfolio, costPools: [], initiatives: drafts.map((d) => d.value) })
  if (result.success) return { values: result.data.initiatives, issues: [] }
  const issues: ValidationIssue[] = []
  for (const issue of result.error.issues) {
    const [head, index, ...rest] = issue.path
    const draft = head === 'initiatives' && typeof index === 'number' ? drafts[index] : undefined
    if (!draft) continue
    const fieldPath = rest.map((p) => (typeof p === 'symbol' ? String(p) : p))
    issues.push(entityIssue(initiativeEntity(draft.name), [draft.id, ...fieldPath], fieldPath, issue.message))
  }
  return { issues }
}

/** Applies the edits to clones of the initiatives they name; returns the drafts in order of first edit. */
function applyEdits(
  byId: ReadonlyMap<string, Initiative>,
  edits: readonly FieldEdit[],
): { drafts: Map<string, Record<string, unknown>>; issues: ValidationIssue[] } {
  const drafts = new Map<string, Record<string, unknown>>()
  const issues: ValidationIssue[] = []
  for (const edit of edits) {
    const original = byId.get(edit.id)
    if (!original) throw new ApiFailure('not_found', `No initiative has the id "${edit.id}"; nothing was changed.`)
    const entity = initiativeEntity(original.name)
    const segments = edit.field.split('.')
    if (READ_ONLY_FIELDS.has(edit.field)) {
      issues.push(entityIssue(entity, [edit.id, ...segments], segments, 'cannot be edited'))
      continue
    }
    let draft = drafts.get(edit.id)
    if (!draft) {
      draft = structuredClone(original) as Record<string, unknown>
      drafts.set(edit.id, draft)
    }
    try {
      setField(Initiative, draft, edit.field, edit.value)
    } catch (e) {
      if (!(e instanceof FieldPathError)) throw e
      issues.push(entityIssue(entity, [edit.id, ...segments], segments, e.message))
    }
  }
  return { drafts, issues }
}

/**
 * Each handler is one write (PortfolioFile.write): it reads the portfolio as the file holds it under the
 * write lock, so an edit another window or process saved a moment ago is built on, never overwritten,
 * and an edit or delete of an initiative that is gone is refused.
 */
export const initiativeHandlers: HandlerMap = {
  /** All or nothing: every edited initiative must pass every rule before one row is written. */
  'initiative:edit': (ctx, { edits }) =>
    ctx.session.current.write((change) => {
      const portfolio = change.portfolio
      const byId = new Map(portfolio.initiatives.map((i) => [i.id, i]))
      const { drafts, issues } = applyEdits(byId, edits)
      const checked = checkInitiatives(
        portfolio,
        [...drafts].map(([id, value]) => ({ id, name: byId.get(id)?.name ?? id, value })),
      )
      issues.push(...checked.issues)
      if (issues.length > 0 || !checked.values) throw invalid(issues)
      change.updateInitiatives(checked.values)
      return checked.values
    }),

  'initiative:create': (ctx, { initiative, index }) =>
    ctx.session.current.write((change) => {
      const portfolio = change.portfolio
      const existing = portfolio.initiatives.find((i) => i.id === initiative.id)
      if (existing) {
        throw new ApiFailure('conflict', `Initiative "${existing.name}" already has the id "${initiative.id}".`)
      }
      const checked = checkInitiatives(portfolio, [{ id: initiative.id, name: initiative.name, value: initiative }])
      if (!checked.values?.[0]) throw invalid(checked.issues)
      change.insertInitiatives([checked.values[0]], index ?? portfolio.initiatives.length)
      return checked.values[0]
    }),

  /**
   * Refused while a cost pool with 'fixed' allocation gives the initiative a share: silently dropping
   * the share would leave that pool's shares not summing to 100% (an invalid pool) and undo of the
   * delete could not bring the share back. The message names the pools to change first.
   */
  'initiative:delete': (ctx, { id }) =>
    ctx.session.current.write((change) => {
      const portfolio = change.portfolio
      const initiative = portfolio.initiatives.find((i) => i.id === id)
      if (!initiative) throw new ApiFailure('not_found', `No initiative has the id "${id}".`)
      const pools = portfolio.costPools.filter((p) => p.allocation === 'fixed' && Object.hasOwn(p.fixedShares, id))
      if (pools.length > 0) {
        throw new ApiFailure(
          'conflict',
          `Cannot delete initiative "${initiative.name}": cost pool${pools.length > 1 ? 's' : ''} ` +
            `${nameList(pools.map((p) => p.name))} give${pools.length > 1 ? '' : 's'} it a fixed share. ` +
            'Change those shares first.',
        )
      }
      const [removed] = change.deleteInitiatives([id])
      if (!removed) throw new ApiFailure('not_found', `No initiative has the id "${id}".`)
      return { initiative: removed.item, index: removed.index }
    }),
}
