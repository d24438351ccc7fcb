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

/** An initiative's flags from its inputs and results (shared/decisions governanceFlags). */
export type FlagsOf = (initiative: Initiative, result: InitiativeResult) => readonly GovernanceFlag[]

/**
 * A row's figures, read from the engine's lazy result when the grid first asks: the grid draws
 * only the rows in view, so an edit to one of 1,000 initiatives does not build 1,000 totals and
 * flag lists (that was ~70 ms of every edit in Chromium).
 */
function figuresOf(initiative: Initiative, r: InitiativeResult | undefined, flagsOf?: FlagsOf): RowFigures | null {
  if (!r) return null
  let flags: readonly GovernanceFlag[] | null = null
  return {
    get totals() {
      return r.totals
    },
    get unitFirst() {
      return r.unitFirst
    },
    get unitLast() {
      return r.unitLast
    },
    unpricedModels: r.unpricedModels,
    get flags() {
      return (flags ??= flagsOf ? flagsOf(initiative, r) : [])
    },
  }
}

export function buildRows(
  initiatives: readonly Initiative[],
  results: PortfolioResult | null,
  flagsOf?: FlagsOf,
): GridRow[] {
  return initiatives.map((initiative) => ({
    id: initiative.id,
    initiative,
    figures: figuresOf(initiative, results?.byId.get(initiative.id), flagsOf),
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
