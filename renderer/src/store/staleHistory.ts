import { FIELD_BY_ID } from '../../../shared/imports/fields'
import type { Initiative, Portfolio } from '../../../shared/model'
import { DEFAULT_SCORING_MODEL } from '../../../shared/model/strategyDefaults'
import { readField, sameValue } from './fieldPath'
import type { HistoryChange, HistoryStep } from './history'

const quoted = (name: string): string => `“${name}”`
/** A field as the grid heads its column ('Input tokens / query'), its id where it has no column. */
const fieldLabel = (field: string): string => FIELD_BY_ID.get(field)?.label ?? field

/** What a change expects its target to hold now (its `before`), or a phrase naming the target when it does not. */
function staleChange(change: HistoryChange, portfolio: Portfolio): string | null {
  const initiative = (id: string): Initiative | undefined => portfolio.initiatives.find((i) => i.id === id)
  switch (change.entity) {
    case 'initiative': {
      const target = initiative(change.id)
      if (!target) return `initiative ${change.id}`
      return sameValue(readField(target, change.field), change.before)
        ? null
        : `${fieldLabel(change.field)} of initiative ${quoted(target.name)}`
    }
    case 'initiativeRow': {
      const target = initiative(change.id)
      const expected = change.before?.initiative
      if (expected ? sameValue(target, expected) : !target) return null
      return `initiative ${quoted(target?.name ?? expected?.name ?? change.id)}`
    }
    case 'settings':
      return sameValue(portfolio.settings[change.field], change.before) ? null : `the setting ${change.field}`
    case 'model': {
      const target = portfolio.priceBook.find((m) => m.id === change.id)
      if (change.before ? sameValue(target, change.before) : !target) return null
      return `model ${quoted(target?.name ?? change.before?.name ?? change.id)}`
    }
    case 'pool': {
      const target = portfolio.costPools.find((c) => c.id === change.id)
      if (change.before ? sameValue(target, change.before) : !target) return null
      return `cost pool ${quoted(target?.name ?? change.before?.name ?? change.id)}`
    }
    case 'scoring':
      return sameValue(portfolio.scoring ?? DEFAULT_SCORING_MODEL, change.before) ? null : 'the scoring model'
    case 'scenario': {
      const target = portfolio.scenarios?.find((s) => s.id === change.id)
      if (change.before ? sameValue(target, change.before.scenario) : !target) return null
      return `scenario ${quoted(target?.name ?? change.before?.scenario.name ?? change.id)}`
    }
    case 'priceUpdate': {
      const changed = change.before.models.find(({ id, model }) => {
        const target = portfolio.priceBook.find((m) => m.id === id)
        return model ? !sameValue(target, model) : target !== undefined
      })
      if (changed) {
        const name = portfolio.priceBook.find((m) => m.id === changed.id)?.name ?? changed.model?.name ?? changed.id
        return `model ${quoted(name)}`
      }
      return sameValue(portfolio.modelAliases ?? null, change.before.aliases) ? null : 'the saved model names'
    }
    // Actuals live in their own tables, outside the portfolio snapshot: the API refuses a replay that no longer applies.
    case 'actualsImport':
    case 'actualsRules':
    case 'actualsAmounts':
    case 'actualsOutcomes':
      return null
    case 'import': {
      // Put back (before: null): none of the rows may exist; removed: every row as imported.
      const rows = change.before ?? change.after
      const intact = (rows?.initiatives ?? []).every((i) =>
        change.before ? sameValue(initiative(i.id), i) : !initiative(i.id),
      )
      return intact ? null : 'the imported initiatives'
    }
  }
}

/**
 * Whether a step (as it is about to be replayed: the inverse for an undo) still applies to what the
 * portfolio holds: each target must hold the step's `before`. After another window or program changed
 * the file this is not a given, and replaying would silently overwrite their change. Returns a phrase
 * naming the first target changed elsewhere, or null. A target the step itself touched earlier is
 * judged by that earlier change only.
 */
export function staleTarget(step: HistoryStep, portfolio: Portfolio): string | null {
  const seen = new Set<string>()
  for (const change of step.changes) {
    const key = `${change.entity}\u0000${change.id}\u0000${change.field ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    const stale = staleChange(change, portfolio)
    if (stale) return stale
  }
  return null
}
