import { z } from 'zod'
import { ActualsImportOptions } from '../../actuals/importOptions'
import { ActualsFormat } from '../../actuals/line'
import { ActualsImportRecord, ActualsPreview, ActualsSummary } from '../../actuals/results'
import { MAX_IMPORT_BYTES } from '../../imports/limits'
import {
  ActualAmount,
  ActualAmountCell,
  AttributionRules,
  MAX_CELLS_PER_EDIT,
  MeasuredOutcome,
  OutcomeCell,
  StoredActualLine,
} from '../../actuals/stored'
import { Id, MonthString } from '../../model/primitives'

/**
 * An actuals file as the app sends it: name and bytes (base64), never a path, the same over IPC and
 * HTTP, with what the person said about it. Larger exports (a year of daily FOCUS rows) are imported
 * with the command line, which streams the file from disk.
 */
const ActualsFile = ActualsImportOptions.extend({
  fileName: z.string().min(1, 'must not be empty').max(260, 'must be 260 characters or fewer'),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, `must be a file of ${MAX_IMPORT_BYTES / (1024 * 1024)} MB or less`),
}).strict()
export type ActualsFile = z.input<typeof ActualsFile>

/** A span of calendar months, both ends inclusive and optional. */
const MonthSpan = z.object({ firstMonth: MonthString.optional(), lastMonth: MonthString.optional() }).strict()

/** A stored line as listed: its days are counted, not sent. */
const ListedActualLine = StoredActualLine.omit({ lineage: true }).extend({
  lineage: StoredActualLine.shape.lineage.omit({ days: true }).extend({ dayCount: z.number().int().min(0) }),
})
type ListedActualLine = z.infer<typeof ListedActualLine>

const ImportState = z.object({ importId: Id, active: z.boolean() }).strict()

/**
 * Actuals: what was really used, spent and achieved. An import is previewed first ('actuals:preview'
 * writes nothing), then written in one transaction ('actuals:import'); importing an overlapping period
 * again replaces the days it covers, so importing twice is importing once. Undo and redo of an import
 * are 'actuals:setImportActive' (false, then true). Rules, amounts and outcomes are set as a whole
 * list or as cells, each call one transaction and one undo step: the result carries what was there
 * before, which is what the undo sends back.
 */
export const actualsMethods = {
  /** Reads the file, maps its models, checks its currencies and attributes it against what is stored; writes nothing. */
  'actuals:preview': { params: ActualsFile, result: ActualsPreview },
  /**
   * Writes what the preview showed, in one transaction: refused with code 'validation' and every
   * reason when the preview has refused lines or months without a rate, and nothing is written. The
   * model choices are saved as model aliases. `record` is null when the file changes nothing (every
   * line is stored already): nothing is written and there is nothing to undo.
   */
  'actuals:import': {
    params: ActualsFile,
    result: z.object({ record: ActualsImportRecord.nullable(), preview: ActualsPreview }),
  },
  /** Undoes (false) or redoes (true) an import: its lines go or come back, the lines it replaced come back or go. */
  'actuals:setImportActive': { params: ImportState, result: ActualsImportRecord },
  /** Every import recorded, newest first. */
  'actuals:imports': { params: z.object({}).strict(), result: z.array(ActualsImportRecord) },
  /** Stored lines, oldest month first, a page at a time. */
  'actuals:list': {
    params: MonthSpan.extend({
      format: ActualsFormat.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(1000),
    }),
    result: z.object({ lines: z.array(ListedActualLine), total: z.number().int().min(0) }),
  },
  /** The stored lines attributed with the rules as they are now: costs per month, initiative, provider and model. */
  'actuals:summary': { params: MonthSpan, result: ActualsSummary },
  'actuals:rules': { params: z.object({}).strict(), result: AttributionRules },
  /** Replaces the attribution rules as a whole (the rules editor's save, and its undo). */
  'actuals:setRules': {
    params: z.object({ rules: AttributionRules }).strict(),
    result: z.object({ before: AttributionRules, after: AttributionRules }),
  },
  /** Monthly actual amounts of the drivers other than inference. */
  'actuals:amounts': { params: MonthSpan, result: z.array(ActualAmount) },
  /** Sets cells of the amounts grid (a typed value, a paste: one step); `before` holds each cell as it was. */
  'actuals:setAmounts': {
    params: z.object({ cells: z.array(ActualAmountCell).min(1).max(MAX_CELLS_PER_EDIT) }).strict(),
    result: z.object({ before: z.array(ActualAmountCell), after: z.array(ActualAmountCell) }),
  },
  'actuals:outcomes': { params: MonthSpan, result: z.array(MeasuredOutcome) },
  /** Sets the measured outcomes of initiatives' months; `before` holds each as it was. */
  'actuals:setOutcomes': {
    params: z.object({ cells: z.array(OutcomeCell).min(1).max(MAX_CELLS_PER_EDIT) }).strict(),
    result: z.object({ before: z.array(OutcomeCell), after: z.array(OutcomeCell) }),
  },
} as const
