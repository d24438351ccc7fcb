/**
 * Limits against hostile or mistaken files. Each is checked before the work it bounds (bytes before
 * decoding, the row count while parsing), so a huge file is refused quickly and never held whole
 * in memory as cells.
 */

/** Largest file read (CSV, XLSX or JSON); also keeps the base64 body under the HTTP bridge's 16 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024

/** Most data rows: a portfolio holds at most 5,000 initiatives. */
export const MAX_IMPORT_ROWS = 5000

export const MAX_IMPORT_COLUMNS = 200

/** Longest cell: the longest text field of an initiative (hypothesis, narrative) is 10,000 characters. */
export const MAX_FIELD_CHARS = 10_000

/** XLSX: most entries in the zip and most bytes once every entry is inflated. */
export const MAX_XLSX_ENTRIES = 2000
export const MAX_XLSX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024

/** Rows shown in a preview; every row is still checked. */
export const PREVIEW_ROWS = 50

/** Issues listed in a preview or a refusal; the count covers all. */
export const MAX_LISTED_ISSUES = 1000

export const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
