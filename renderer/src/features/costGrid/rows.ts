import {
  unitCostsAt,
  type InitiativeResult,
  type PortfolioResult,
  type Totals,
  type UnitCosts,
} from '../../../../shared/engine'
import type { GovernanceFlag } from '../../../../shared/decisions'
import type { Initiative } from '../../../../shared/model'
import { fieldReader } from '../../store/fieldPath'
import { SUMMED_FIELDS } from './columnSpecs'

/** The engine's figures a row shows. */
export interface RowFigures {
  totals: Totals
  unitFirst: UnitCosts | null
  unitLast: UnitCosts | null
  unpricedModels: string[]
  /** Investment-discipline flags (shared/decisions); none on the total row. */
  flags: readonly GovernanceFlag[]
}

/** One grid row: an initiative with its figures, or the pinned portfolio total (initiative null). */
export interface GridRow {
  id: string
  initiative: Initiative | null
  figures: RowFigures | null
  /** On the total row: sums of the summed input fields, by field. */
  sums?: ReadonlyMap<string, number>
}

export const TOTAL_ROW_ID = '__portfolio_total__'

function figuresOf(r: InitiativeResult | undefined, flags: readonly GovernanceFlag[]): RowFigures | null {
  return r
    ? { totals: r.totals, unitFirst: r.unitFirst, unitLast: r.unitLast, unpricedModels: r.unpricedModels, flags }
    : null
}

export function buildRows(
  initiatives: readonly Initiative[],
  results: PortfolioResult | null,
  flagsById?: ReadonlyMap<string, readonly GovernanceFlag[]>,
): GridRow[] {
  return initiatives.map((initiative) => ({
    id: initiative.id,
    initiative,
    figures: figuresOf(results?.byId.get(initiative.id), flagsById?.get(initiative.id) ?? []),
  }))
}

/** The portfolio total: the engine's portfolio totals; unit costs of the last month across all initiatives. */
export function buildTotalRow(results: PortfolioResult | null, initiatives: readonly Initiative[]): GridRow {
  const sums = new Map(
    SUMMED_FIELDS.map((field) => {
      const read = fieldReader(field)
      return [field, initiatives.reduce((sum, i) => sum + Number(read(i) ?? 0), 0)]
    }),
  )
  if (!results) return { id: TOTAL_ROW_ID, initiative: null, figures: null, sums }
  const unpricedModels = [...new Set(results.initiatives.flatMap((r) => r.unpricedModels))]
  return {
    id: TOTAL_ROW_ID,
    initiative: null,
    figures: {
      totals: results.totals,
      unitFirst: null,
      unitLast: results.months > 0 ? unitCostsAt(results.series, results.months - 1) : null,
      unpricedModels,
      flags: [],
    },
    sums,
  }
}
