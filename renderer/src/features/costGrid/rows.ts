import {
  portfolioSpend,
  type InitiativeResult,
  type PortfolioResult,
  type PortfolioSpend,
  type Totals,
  type UnitCosts,
} from '../../../../shared/engine'
import type { GovernanceFlag } from '../../../../shared/decisions'
import type { Initiative } from '../../../../shared/model'
import { inputSums } from '../../../../shared/model/inputSums'

/** The engine's figures a row shows. */
export interface RowFigures {
  totals: Totals
  unitFirst: UnitCosts | null
  unitLast: UnitCosts | null
  unpricedModels: readonly string[]
  /** Investment-discipline flags (shared/decisions); none on the total row. */
  flags: readonly GovernanceFlag[]
}

/** One grid row: an initiative with its figures, or the pinned portfolio total (initiative null). */
export interface GridRow {
  id: string
  initiative: Initiative | null
  figures: RowFigures | null
  /** On the total row: the inputs that add up, summed by shared/model (inputSums), by field. */
  sums?: ReadonlyMap<string, number>
}

const TOTAL_ROW_ID = '__portfolio_total__'

/** An initiative's flags from its inputs and results (shared/decisions governanceFlags). */
export type FlagsOf = (initiative: Initiative, result: InitiativeResult) => readonly GovernanceFlag[]

/**
 * A row's figures, read from the engine's lazy result when the grid first asks: the grid draws
 * only the rows in view, so an edit to one of 1,000 initiatives does not build 1,000 totals and
 * flag lists (some 70 ms per edit in Chromium).
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

/**
 * The grid's rows from one edit to the next. A row object stays the same while its initiative
 * object does, and reads its figures from the latest results when the grid asks: AG Grid then
 * updates only the edited row (a new row object for each of 1,000 rows made it set data on every
 * node, re-render every cell in view and queue a timer per row: ~40 ms of every edit), and the
 * result columns in view are refreshed by value after each recompute (refreshResultCells).
 */
export class GridRows {
  private results: PortfolioResult | null = null
  private flagsOf: FlagsOf | undefined
  private rowsById = new Map<string, GridRow>()
  /** Figures of the current results, by initiative id, built on first read. */
  private figuresById = new Map<string, RowFigures | null>()

  /** The rows for these initiatives and results: unchanged initiatives keep their row object. */
  update(initiatives: readonly Initiative[], results: PortfolioResult | null, flagsOf?: FlagsOf): GridRow[] {
    if (results !== this.results || flagsOf !== this.flagsOf) {
      this.results = results
      this.flagsOf = flagsOf
      this.figuresById = new Map()
    }
    const next = new Map<string, GridRow>()
    const rows = initiatives.map((initiative) => {
      const kept = this.rowsById.get(initiative.id)
      const row = kept?.initiative === initiative ? kept : this.rowOf(initiative)
      next.set(initiative.id, row)
      return row
    })
    this.rowsById = next
    return rows
  }

  private rowOf(initiative: Initiative): GridRow {
    const figures = () => this.figures(initiative)
    return {
      id: initiative.id,
      initiative,
      get figures() {
        return figures()
      },
    }
  }

  private figures(initiative: Initiative): RowFigures | null {
    let f = this.figuresById.get(initiative.id)
    if (f === undefined) {
      f = figuresOf(initiative, this.results?.byId.get(initiative.id), this.flagsOf)
      this.figuresById.set(initiative.id, f)
    }
    return f
  }
}

/** Rows built once, for a table made outside the grid (the export of every column). */
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
  const sums = inputSums(initiatives)
  if (!results) return { id: TOTAL_ROW_ID, initiative: null, figures: null, sums }
  // Read when the grid draws those columns: the engine's month sums give the unit costs of the
  // portfolio's first active and last months (the numbers of its Series, without building it:
  // ~8 ms with 1,000 initiatives).
  let spend: PortfolioSpend | null | undefined
  const spendOf = (): PortfolioSpend | null => {
    if (spend === undefined) spend = results.months > 0 ? portfolioSpend(results) : null
    return spend
  }
  let unpricedModels: readonly string[] | undefined
  return {
    id: TOTAL_ROW_ID,
    initiative: null,
    figures: {
      totals: results.totals,
      get unitFirst() {
        return spendOf()?.unitFirst ?? null
      },
      get unitLast() {
        return spendOf()?.unitLast ?? null
      },
      get unpricedModels() {
        return (unpricedModels ??= [...new Set(results.initiatives.flatMap((r) => r.unpricedModels))])
      },
      flags: [],
    },
    sums,
  }
}
