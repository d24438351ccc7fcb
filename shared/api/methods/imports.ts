import { z } from 'zod'
import { Initiative } from '../../model/initiative'
import { Id } from '../../model/primitives'
import { MAX_IMPORT_BYTES } from '../../imports/limits'
import { PortfolioSnapshot } from './core'

/**
 * An imported file: its name and its bytes (base64), from the desktop's open dialog, a file input or a
 * drop, the same way in Electron and in browser mode. `fileName` decides the format by its extension
 * (.csv, .txt, .xlsx, .json) and names the file in messages; the API never reads a file by path.
 */
const ImportSourceBase = z.object({
  fileName: z.string().min(1, 'must not be empty').max(260, 'must be 260 characters or fewer'),
  /** The file's bytes in base64; at most MAX_IMPORT_BYTES once decoded (the 4/3 of base64 allowed here). */
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, `must be a file of ${MAX_IMPORT_BYTES / (1024 * 1024)} MB or less`),
})

/**
 * A portfolio file's name, without folder or extension: what browser mode asks for where the desktop
 * shows a save dialog. The file is `<name>.aiportfolio` in the app's user-data folder.
 */
export const PortfolioFileName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be 100 characters or fewer')
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'must hold no / \\ : * ? " < > | or control characters')
  .refine((name) => !name.startsWith('.'), 'must not start with a dot')
  .refine((name) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name), 'is a name Windows reserves')

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

/** A spreadsheet import: the source, an optional sheet (XLSX; the first sheet with data by default) and mapping. */
const SheetImport = ImportSourceBase.extend({
  /** XLSX only: the worksheet to read; omitted = the first worksheet holding any cell. */
  sheet: z.string().max(200).optional(),
  /** Omitted = the suggested mapping (headers matched to fields by label, id or synonym). */
  mapping: ColumnMapping.optional(),
  /**
   * Model names in the file that match no model of the price book (the preview's `unmatchedModels`),
   * each with the price-book model it means. Names compare without case, spaces, "-" or "_".
   */
  models: z.array(ModelChoice).max(1000).optional(),
}).strict()

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

export const ImportPreviewRow = z.object({
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

/** An imported JSON portfolio, open now as a file of its own, and the format version it was read from. */
const ImportedPortfolio = PortfolioSnapshot.extend({ fromVersion: z.number().int() })

/** Initiatives and where they sit, as an apply creates them and as the redo of its undo puts them back. */
const Placed = z.object({ initiatives: z.array(Initiative), index: z.number().int().min(0) })

/**
 * Imports (issue 6). Initiatives from CSV/XLSX: preview, then apply all or nothing in one transaction.
 * Undo of an apply is 'import:undo' with the created ids (one transaction); its redo is 'import:redo'
 * with the initiatives and index the apply returned. A JSON portfolio is not merged: it opens as a new
 * portfolio file (like Save As), so the open portfolio is never touched and nothing needs undoing.
 */
export const importMethods = {
  /** Reads the file and checks every row against the mapping; writes nothing. */
  'import:preview': { params: SheetImport, result: ImportPreview },
  /**
   * Creates one initiative per data row, appended after the existing ones, in ONE transaction:
   * any issue (file or row) refuses the whole import with code 'validation' and every issue
   * (as ValidationIssues: entity 'Row N', field label, rule), and nothing is written.
   */
  'import:apply': { params: SheetImport, result: Placed },
  /** Deletes the initiatives an apply created, in one transaction (the undo of an import). */
  'import:undo': {
    params: z.object({ ids: z.array(Id).min(1).max(5000) }),
    result: z.object({ removed: z.number().int() }),
  },
  /** Re-inserts the initiatives of an undone import at `index`, in one transaction (its redo). */
  'import:redo': { params: Placed, result: Placed },
  /**
   * Reads a JSON portfolio document of any format version (older versions are migrated), writes it as
   * a new portfolio file at `target` and opens it. Refuses an existing `target` unless `replace`
   * (set only after the person confirmed, as the native save dialog does), and refuses the open file.
   * Desktop only (a path from the save dialog); browser mode uses 'import:portfolioNamed'.
   */
  'import:portfolio': {
    params: ImportSourceBase.extend({ target: z.string().min(1).max(4096), replace: z.boolean().optional() }).strict(),
    result: ImportedPortfolio,
  },
  /**
   * The same, written as `<name>.aiportfolio` in the app's user-data folder: how browser mode imports a
   * portfolio, since it takes no path. An existing file of that name is replaced only with `replace`.
   */
  'import:portfolioNamed': {
    params: ImportSourceBase.extend({ name: PortfolioFileName, replace: z.boolean().optional() }).strict(),
    result: ImportedPortfolio,
  },
} as const
