import type { CostPool, Initiative, PortfolioSettings, PriceBookModel } from '../../../shared/model'
import type { ScoringModel } from '../../../shared/model/strategy'
import type { Scenario } from '../../../shared/model/scenario'
import type { PriceBookState } from '../../../shared/prices/preview'
import type { ActualAmountCell, AttributionRules, OutcomeCell } from '../../../shared/actuals/stored'

/** An initiative together with its row position, so a delete can be undone in place. */
interface PlacedInitiative {
  initiative: Initiative
  index: number
}

/** A scenario together with its place in the list, so a delete or a move can be undone in place. */
export interface PlacedScenario {
  scenario: Scenario
  index: number
}

/** The initiatives one import created and the row index of the first, undone and redone as a block. */
export interface PlacedImport {
  initiatives: Initiative[]
  index: number
}

/**
 * One recorded change: `{ entity, id, field, before, after }`. Whole-entity changes (a row
 * added or deleted, a price-book model or cost pool saved or removed) have field null and
 * carry the entity, or null where it did not exist.
 */
export type HistoryChange =
  | { entity: 'initiative'; id: string; field: string; before: unknown; after: unknown }
  | {
      entity: 'initiativeRow'
      id: string
      field: null
      before: PlacedInitiative | null
      after: PlacedInitiative | null
    }
  | { entity: 'settings'; id: 'settings'; field: keyof PortfolioSettings; before: unknown; after: unknown }
  | { entity: 'model'; id: string; field: null; before: PriceBookModel | null; after: PriceBookModel | null }
  | { entity: 'pool'; id: string; field: null; before: CostPool | null; after: CostPool | null }
  | { entity: 'scoring'; id: 'scoring'; field: null; before: ScoringModel; after: ScoringModel }
  | { entity: 'scenario'; id: string; field: null; before: PlacedScenario | null; after: PlacedScenario | null }
  | { entity: 'import'; id: string; field: null; before: PlacedImport | null; after: PlacedImport | null }
  /** An update of the price book from a price file: the models it touched and the saved names, before and after. */
  | { entity: 'priceUpdate'; id: string; field: null; before: PriceBookState; after: PriceBookState }
  /** An actuals import: active (its lines stored, those it replaced set aside) or undone. */
  | { entity: 'actualsImport'; id: string; field: null; before: boolean; after: boolean }
  /** The attribution rules as a whole list. */
  | { entity: 'actualsRules'; id: 'rules'; field: null; before: AttributionRules; after: AttributionRules }
  /** Cells of the non-token actuals grid (an amount of null: empty). */
  | { entity: 'actualsAmounts'; id: 'amounts'; field: null; before: ActualAmountCell[]; after: ActualAmountCell[] }
  /** Initiatives' months of measured outcomes (an outcome of null: empty). */
  | { entity: 'actualsOutcomes'; id: 'outcomes'; field: null; before: OutcomeCell[]; after: OutcomeCell[] }

/** What one Ctrl+Z undoes: a typed value, a paste or fill of many cells, a row added or deleted. */
export interface HistoryStep {
  label: string
  changes: HistoryChange[]
  /**
   * The snapshot's revision when the step was recorded or last replayed. While it still matches, no
   * change from elsewhere came in since and the step applies as recorded; otherwise it is checked first.
   */
  revision?: number
}

export const MAX_HISTORY_STEPS = 200

/** The step that undoes `step`: every change reversed, in reverse order. */
export function invertStep(step: HistoryStep): HistoryStep {
  return {
    label: step.label,
    changes: step.changes
      .slice()
      .reverse()
      .map((c) => ({ ...c, before: c.after, after: c.before }) as HistoryChange),
  }
}
