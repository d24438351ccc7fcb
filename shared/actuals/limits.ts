/**
 * Limits of an actuals import. The initiative import's limits (shared/imports/limits.ts) hold
 * for field length, columns and XLSX; an actuals export is much longer than an initiatives sheet
 * (a year of daily FOCUS rows for a mid-size company is about 200,000 rows), so it has its own
 * byte and row limits. Every limit is checked while reading, so a hostile file costs at most the
 * work up to the limit and is never held whole as rows.
 */
export { MAX_FIELD_CHARS, MAX_IMPORT_COLUMNS, MAX_LISTED_ISSUES, megabytes } from '../imports/limits'

/** Largest file read: a year of daily FOCUS rows with every column is about 150 MB. */
export const MAX_ACTUALS_BYTES = 512 * 1024 * 1024

/** Largest JSON document (API exports come in pages of at most a few MB; many pages may be joined). */
export const MAX_ACTUALS_JSON_BYTES = 64 * 1024 * 1024

/** Most source rows (CSV records, JSON results). */
export const MAX_ACTUALS_SOURCE_ROWS = 2_000_000

/** Most lines after the roll-up (per month and key). */
export const MAX_ACTUALS_LINES = 200_000

/** Most attribution keys on one line (tags included). */
export const MAX_KEYS_PER_LINE = 50

/** Longest attribution key value, model name, provider or scope. */
export const MAX_KEY_CHARS = 500
export const MAX_TEXT_CHARS = 500

/** Largest token or request count on one row or line: a thousand trillion, far past any bill. */
export const MAX_LINE_TOKENS = 1e15

/** Largest cost on one row or line, in its currency (negative for credits). */
export const MAX_LINE_COST = 1e12

/** Deepest nesting accepted in a JSON export (the formats read need 4). */
export const MAX_JSON_DEPTH = 32
