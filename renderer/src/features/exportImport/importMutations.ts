import type { ApiError, ApiResult } from '../../../../shared/api/result'
import type { Initiative, Portfolio } from '../../../../shared/model'
import type { Api } from '../../api'
import type { PlacedImport } from '../../store/history'
import { createPersistence, type Persistence } from '../../store/persistence'
import type { GetState } from '../../store/types'

/** The import as the API takes it: the file, its sheet (XLSX) and the column mapping. */
export interface SheetImportParams {
  fileName: string
  contentBase64: string
  sheet?: string
  mapping: (string | null)[]
}

/** Inserts `placed` at its index: where an import appends, and where its redo puts the rows back. */
function insertPlaced(initiatives: readonly Initiative[], placed: PlacedImport): Initiative[] {
  const at = Math.min(placed.index, initiatives.length)
  return [...initiatives.slice(0, at), ...placed.initiatives, ...initiatives.slice(at)]
}

/**
 * An import's three API calls, each ONE transaction on the file, applied to the store once the
 * file holds the change: the apply (all rows or none), its undo (deletes the rows it created)
 * and its redo (puts them back in place). History is recorded by the caller, and undo and redo
 * replay through these same functions, as for every other mutation.
 */
export function createImportMutations(persist: Persistence, get: GetState) {
  const placeIn = (placed: PlacedImport, p: Portfolio): PlacedImport => {
    get().applyPortfolio(
      { ...p, initiatives: insertPlaced(p.initiatives, placed) },
      placed.initiatives.map((i) => i.id),
    )
    return placed
  }

  return {
    applyImport(params: SheetImportParams): Promise<ApiResult<PlacedImport>> {
      return persist.write('import:apply', params, placeIn)
    },
    redoImport(placed: PlacedImport): Promise<ApiResult<PlacedImport>> {
      return persist.write('import:redo', placed, placeIn)
    },
    undoImport(ids: readonly string[]): Promise<ApiResult<number>> {
      return persist.write('import:undo', { ids: [...ids] }, (r, p) => {
        const gone = new Set(ids)
        get().applyPortfolio({ ...p, initiatives: p.initiatives.filter((i) => !gone.has(i.id)) }, [])
        return r.removed
      })
    },
  }
}

/**
 * Imports the rows of a CSV or XLSX file as new initiatives: one API call, one transaction, and
 * ONE undo step (Ctrl+Z removes every imported row; Ctrl+Y puts them back). Returns the API's
 * refusal (every row and field at fault), or null.
 */
export function importInitiatives(client: Api, get: GetState, params: SheetImportParams): Promise<ApiError | null> {
  const m = createImportMutations(createPersistence(client, get), get)
  return get().enqueue(async () => {
    const r = await m.applyImport(params)
    if (!r.ok) return r.error
    const n = r.data.initiatives.length
    get().record({
      label: `Import ${String(n)} initiative${n === 1 ? '' : 's'} from ${params.fileName}`,
      changes: [{ entity: 'import', id: params.fileName, field: null, before: null, after: r.data }],
    })
    return null
  })
}
