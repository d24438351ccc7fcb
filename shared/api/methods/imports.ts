import { z } from 'zod'
import { Initiative } from '../../model/initiative'
import { Id } from '../../model/primitives'
import { MAX_IMPORT_BYTES } from '../../imports/limits'
import { PortfolioSnapshot } from './core'
import { ColumnMapping, ImportPreview, ModelChoice } from '../../imports/previewSchema'

export { ColumnMapping, ImportIssue, ImportPreview, ModelChoice } from '../../imports/previewSchema'

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

/** An imported JSON portfolio, open now as a file of its own, and the format version it was read from. */
const ImportedPortfolio = PortfolioSnapshot.extend({ fromVersion: z.number().int() })

/** Initiatives and where they sit, as an apply creates them and as the redo of its undo puts them back. */
const Placed = z.object({ initiatives: z.array(Initiative), index: z.number().int().min(0) })

/**
 * Imports. Initiatives from CSV/XLSX: preview, then apply all or nothing in one transaction.
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
