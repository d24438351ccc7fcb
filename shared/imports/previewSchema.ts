import { z } from 'zod'
import { Id } from '../model/primitives'

/**
 * What an import preview says about a file: the fields a column can fill, the mapping of columns to
 * fields, the model names it chose, and the problems found. The import code builds these; the API contract returns them.
 */

/**
 * Which initiative field each column fills, by column index (aligned with `headers`); null skips
 * the column. Field ids are those of `fields` in the preview (dotted paths such as 'name',
 * 'usage.cacheHitRate', 'governance.stage', the same paths 'initiative:edit' takes).
 */
export const ColumnMapping = z.array(z.string().max(100).nullable()).max(1000)
export type ColumnMapping = z.infer<typeof ColumnMapping>

/** A model name as written in the file and the price-book model it means. */
export const ModelChoice = z.object({
  name: z.string().min(1, 'must not be empty').max(200, 'must be 200 characters or fewer'),
  modelId: Id,
})
export type ModelChoice = z.infer<typeof ModelChoice>

/** An initiative field a column can be mapped to. */
export const ImportField = z.object({
  /** Dotted path into the initiative, e.g. 'usage.cacheHitRate'. */
  id: z.string(),
  /** Label as the app shows it, e.g. 'Cache hit rate'. */
  label: z.string(),
  /** How the cell text is read: see docs/imports.md (percent takes "12%" or the share 0.12). */
  kind: z.enum([
    'text',
    'longText',
    'number',
    'integer',
    'percent',
    'money',
    'month',
    'stage',
    'valueType',
    'date',
    'modelMix',
    'id',
  ]),
  /** A column must be mapped to it (only 'name'). */
  required: z.boolean(),
  /** One line on what the cell should hold, for the mapping step. */
  help: z.string(),
})
export type ImportField = z.infer<typeof ImportField>

/**
 * One problem of the file or of one cell. `row` is the spreadsheet row number as the user sees it
 * (the header is row 1, so the first data row is 2); null for the file as a whole (a missing
 * required column, too many rows...). `column` is the 0-based column index when one column is at
 * fault. `message` names the row, the field and the rule: 'Row 7: Cache hit rate must be between 0% and 100%'.
 */
export const ImportIssue = z.object({
  row: z.number().int().nullable(),
  column: z.number().int().nullable(),
  /** Field id ('usage.cacheHitRate'), or '' for a file-level problem. */
  field: z.string(),
  rule: z.string(),
  message: z.string(),
})
export type ImportIssue = z.infer<typeof ImportIssue>

const ImportPreviewRow = z.object({
  /** Spreadsheet row number (header = 1). */
  row: z.number().int(),
  /** Cell texts, aligned with `headers` (missing trailing cells are ''). */
  values: z.array(z.string()),
  /** The initiative name the row would create ('' when none). */
  name: z.string(),
  issues: z.array(ImportIssue),
})

export const ImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** XLSX worksheet names (empty for CSV) and the one read (null for CSV). */
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  /** Header cells of row 1, trimmed. */
  headers: z.array(z.string()),
  /** The automatic match of each header (null = no match). */
  suggestedMapping: ColumnMapping,
  /** The mapping this preview used: `mapping` from the params, else the suggestion. */
  mapping: ColumnMapping,
  /** Every field a column can be mapped to, in the order of the app's grid. */
  fields: z.array(ImportField),
  /** The first `PREVIEW_ROWS` (50) data rows with their issues. */
  rows: z.array(ImportPreviewRow),
  /** File-level problems (nothing can be imported while there is one) then every row's issues, at most 1,000. */
  issues: z.array(ImportIssue),
  /**
   * Notes that do not block: ignored columns (unmapped, `__proto__`...), skipped blank rows, rows
   * that would have no users or no queries.
   */
  warnings: z.array(z.string()),
  /**
   * Model names of the model-mix column that match no price-book model by id or name (case, spaces,
   * "-" and "_" aside), whether or not `models` maps them, with the first rows naming each (at most 20).
   */
  unmatchedModels: z.array(z.object({ name: z.string(), rows: z.array(z.number().int()), rowCount: z.number().int() })),
  counts: z.object({
    /** Data rows read (blank rows skipped). */
    rows: z.number().int(),
    /** Rows that would import cleanly. */
    valid: z.number().int(),
    /** Rows with at least one issue. */
    invalid: z.number().int(),
    /** Issues in all (may exceed the issues listed). */
    issues: z.number().int(),
  }),
})
export type ImportPreview = z.infer<typeof ImportPreview>
