import type { FieldEdit } from '../../../shared/api/contract'
import type { ApiError } from '../../../shared/api/result'
import type { PortfolioSettings } from '../../../shared/model'
import type { HistoryChange, HistoryStep } from './history'
import type { Mutations } from './mutations'
import { replayActuals } from '../features/actuals/actualsMutations'

/**
 * Carries out a recorded step's `after` side through the same API calls the user's actions
 * use. Consecutive field edits go in one call, so a pasted block is undone in one transaction.
 * Stops at the first refusal and returns it.
 */
export async function replayStep(step: HistoryStep, m: Mutations): Promise<ApiError | null> {
  const changes = step.changes
  let i = 0
  while (i < changes.length) {
    const change = changes[i] as HistoryChange
    if (change.entity === 'initiative') {
      const edits: FieldEdit[] = []
      while (i < changes.length && changes[i]?.entity === 'initiative') {
        const c = changes[i] as Extract<HistoryChange, { entity: 'initiative' }>
        edits.push({ id: c.id, field: c.field, value: c.after })
        i++
      }
      const r = await m.editInitiatives(edits)
      if (!r.ok) return r.error
      continue
    }
    if (change.entity === 'settings') {
      const patch: Record<string, unknown> = {}
      while (i < changes.length && changes[i]?.entity === 'settings') {
        const c = changes[i] as Extract<HistoryChange, { entity: 'settings' }>
        patch[c.field] = c.after
        i++
      }
      const r = await m.updateSettings(patch as Partial<PortfolioSettings>)
      if (!r.ok) return r.error
      continue
    }
    const error = await replayEntity(change, m)
    if (error) return error
    i++
  }
  return null
}

async function replayEntity(
  change: Exclude<HistoryChange, { entity: 'initiative' | 'settings' }>,
  m: Mutations,
): Promise<ApiError | null> {
  switch (change.entity) {
    case 'initiativeRow': {
      const r = change.after
        ? await m.createInitiative(change.after.initiative, change.after.index)
        : await m.deleteInitiative(change.id)
      return r.ok ? null : r.error
    }
    case 'model': {
      const r = change.after ? await m.upsertModel(change.after) : await m.deleteModel(change.id)
      return r.ok ? null : r.error
    }
    case 'pool': {
      const r = change.after ? await m.upsertPool(change.after) : await m.deletePool(change.id)
      return r.ok ? null : r.error
    }
    case 'scoring': {
      const r = await m.updateScoring(change.after)
      return r.ok ? null : r.error
    }
    case 'scenario': {
      const r = change.after ? await m.placeScenario(change.after) : await m.deleteScenario(change.id)
      return r.ok ? null : r.error
    }
    case 'priceUpdate': {
      // One transaction each way: every model the update touched and the saved names together.
      const r = await m.restorePrices(change.after)
      return r.ok ? null : r.error
    }
    case 'actualsImport':
    case 'actualsRules':
    case 'actualsAmounts':
    case 'actualsOutcomes':
      return replayActuals(change, m)
    case 'import': {
      // One transaction each way: the undo deletes every row the import created, the redo puts them back.
      const ids = change.before?.initiatives.map((i) => i.id) ?? []
      const r = change.after ? await m.redoImport(change.after) : await m.undoImport(ids)
      return r.ok ? null : r.error
    }
  }
}
