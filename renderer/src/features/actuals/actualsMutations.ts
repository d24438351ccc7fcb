import type { ActualsFile } from '../../../../shared/api/methods/actuals'
import type { ApiError, ApiResult } from '../../../../shared/api/result'
import type { ActualsImportRecord, ActualsPreview } from '../../../../shared/actuals/results'
import type { ActualAmountCell, AttributionRules, OutcomeCell } from '../../../../shared/actuals/stored'
import { withChoices } from '../../../../shared/modelNames'
import type { Portfolio } from '../../../../shared/model'
import type { Api } from '../../api'
import type { HistoryChange } from '../../store/history'
import type { Mutations } from '../../store/mutations'
import { createPersistence, type Persistence } from '../../store/persistence'
import type { GetState } from '../../store/types'

type ActualsChange = Extract<
  HistoryChange,
  { entity: 'actualsImport' | 'actualsRules' | 'actualsAmounts' | 'actualsOutcomes' }
>

/**
 * The actuals API calls that write, each ONE transaction on the file; once the file holds the change
 * the actuals views read again. History is recorded by the callers (actualsActions), and undo and
 * redo replay through these same functions.
 */
export function createActualsMutations(persist: Persistence, get: GetState) {
  const changed = <T>(saved: T): T => {
    get().actualsChanged()
    return saved
  }
  return {
    importActuals(
      file: ActualsFile,
    ): Promise<ApiResult<{ record: ActualsImportRecord | null; preview: ActualsPreview }>> {
      return persist.write('actuals:import', file, (saved, p: Portfolio) => {
        // The models the person mapped are saved as model names, as the price update saves them.
        const chosen = file.models ?? []
        if (chosen.length > 0)
          get().applyPortfolio({ ...p, modelAliases: withChoices(p.modelAliases ?? [], chosen) }, [])
        return changed(saved)
      })
    },
    setActualsImportActive(importId: string, active: boolean): Promise<ApiResult<ActualsImportRecord>> {
      return persist.write('actuals:setImportActive', { importId, active }, changed)
    },
    setActualsRules(rules: AttributionRules) {
      return persist.write('actuals:setRules', { rules }, changed)
    },
    setActualsAmounts(cells: ActualAmountCell[]) {
      return persist.write('actuals:setAmounts', { cells }, changed)
    },
    setActualsOutcomes(cells: OutcomeCell[]) {
      return persist.write('actuals:setOutcomes', { cells }, changed)
    },
  }
}

/** Carries out the `after` side of a recorded actuals change (an undo replays the inverse). */
export async function replayActuals(change: ActualsChange, m: Mutations): Promise<ApiError | null> {
  const r = await (() => {
    switch (change.entity) {
      case 'actualsImport':
        return m.setActualsImportActive(change.id, change.after)
      case 'actualsRules':
        return m.setActualsRules(change.after)
      case 'actualsAmounts':
        return m.setActualsAmounts(change.after)
      case 'actualsOutcomes':
        return m.setActualsOutcomes(change.after)
    }
  })()
  return r.ok ? null : r.error
}

/**
 * What the actuals views do, each ONE undo step: an import (Ctrl+Z sets it aside, its replaced lines
 * come back), the rules saved as a whole, a typed or pasted block of amounts or outcomes.
 */
export function actualsActions(client: Api, get: GetState) {
  const m = createActualsMutations(createPersistence(client, get), get)
  return {
    importFile(file: ActualsFile) {
      return get().enqueue(async () => {
        const r = await m.importActuals(file)
        // A file whose lines are all stored already changes nothing: there is nothing to undo.
        if (r.ok && r.data.record)
          get().record({
            label: `Import actuals from ${file.fileName}`,
            changes: [{ entity: 'actualsImport', id: r.data.record.importId, field: null, before: false, after: true }],
          })
        return r
      })
    },
    saveRules(rules: AttributionRules, label: string) {
      return get().enqueue(async () => {
        const r = await m.setActualsRules(rules)
        if (r.ok)
          get().record({
            label,
            changes: [{ entity: 'actualsRules', id: 'rules', field: null, before: r.data.before, after: r.data.after }],
          })
        return r
      })
    },
    setAmounts(cells: ActualAmountCell[], label: string) {
      return get().enqueue(async () => {
        const r = await m.setActualsAmounts(cells)
        if (r.ok)
          get().record({
            label,
            changes: [
              { entity: 'actualsAmounts', id: 'amounts', field: null, before: r.data.before, after: r.data.after },
            ],
          })
        return r
      })
    },
    setOutcomes(cells: OutcomeCell[], label: string) {
      return get().enqueue(async () => {
        const r = await m.setActualsOutcomes(cells)
        if (r.ok)
          get().record({
            label,
            changes: [
              { entity: 'actualsOutcomes', id: 'outcomes', field: null, before: r.data.before, after: r.data.after },
            ],
          })
        return r
      })
    },
  }
}

export type ActualsActions = ReturnType<typeof actualsActions>
