import type { DesktopFiles, FileKind } from '../../../../shared/api/bridge'
import type { ExportFormat } from '../../../../shared/api/methods/exports'
import { gridCsv } from '../../../../shared/exports/gridCsv'
import type { Api } from '../../api'
import { base64ToBytes } from './base64'
import type { GridTable } from './gridTable'

/** What the export dialog offers: the API's formats and the cost grid as shown. */
export type ExportChoice = ExportFormat | 'grid'

/** How an export ended. A saved file can be shown in the file manager; a download is the browser's. */
export type ExportOutcome =
  | { kind: 'saved'; path: string; bytes: number }
  | { kind: 'downloaded'; fileName: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }

export interface ExportDeps {
  client: Api
  /** The desktop's dialogs, or null in browser mode. */
  files: DesktopFiles | null
  download(blob: Blob, fileName: string): void
}

const FILE_KIND: Record<ExportChoice, FileKind> = {
  xlsx: 'xlsx',
  pptx: 'pptx',
  csv: 'csv',
  json: 'json',
  grid: 'csv',
}

/** The name proposed in the save dialog (the browser download is named by the API). */
export function proposedName(choice: ExportChoice, portfolioName: string): string {
  const base = portfolioName.trim() || 'Portfolio'
  switch (choice) {
    case 'xlsx':
      return `${base}.xlsx`
    case 'pptx':
      return `${base} board deck.pptx`
    case 'csv':
      return `${base} projection.csv`
    case 'json':
      return `${base}.json`
    case 'grid':
      return `${base} cost grid.csv`
  }
}

/** A file name for a browser download: no characters a file system refuses. */
export function downloadName(name: string): string {
  return name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-').trim() || 'export'
}

/**
 * Writes an XLSX, PPTX, projection CSV or JSON export. Desktop: the save dialog, then the main
 * process writes the file (temporary name, then rename). Browser: the server builds the bytes
 * and the page downloads them.
 */
export async function runExport(
  deps: ExportDeps,
  format: ExportFormat,
  scenarioIds: string[] | undefined,
  portfolioName: string,
): Promise<ExportOutcome> {
  const choice = scenarioIds === undefined ? { format } : { format, scenarioIds }
  if (deps.files) {
    const path = await deps.files.chooseSavePath({
      title: 'Export',
      defaultName: proposedName(format, portfolioName),
      kind: FILE_KIND[format],
    })
    if (!path) return { kind: 'cancelled' }
    const r = await deps.client.invoke('export:run', { ...choice, path })
    return r.ok
      ? { kind: 'saved', path: r.data.path, bytes: r.data.bytes }
      : { kind: 'failed', message: r.error.message }
  }
  const r = await deps.client.invoke('export:build', choice)
  if (!r.ok) return { kind: 'failed', message: r.error.message }
  const bytes = base64ToBytes(r.data.base64)
  deps.download(new Blob([bytes as BlobPart], { type: r.data.mimeType }), downloadName(r.data.fileName))
  return { kind: 'downloaded', fileName: r.data.fileName, bytes: r.data.bytes }
}

/** Writes a grid as CSV: the same text (shared gridCsv) saved by the main process or downloaded. */
export async function runGridExport(deps: ExportDeps, table: GridTable, fileName: string): Promise<ExportOutcome> {
  if (deps.files) {
    const path = await deps.files.chooseSavePath({ title: 'Export grid as CSV', defaultName: fileName, kind: 'csv' })
    if (!path) return { kind: 'cancelled' }
    const r = await deps.client.invoke('export:grid', { path, columns: table.columns, rows: table.rows.map(nullable) })
    return r.ok
      ? { kind: 'saved', path: r.data.path, bytes: r.data.bytes }
      : { kind: 'failed', message: r.error.message }
  }
  const text = gridCsv(table.columns, table.rows)
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' })
  deps.download(blob, downloadName(fileName))
  return { kind: 'downloaded', fileName, bytes: blob.size }
}

/** The API's grid cell type has no undefined; an absent value is an empty field either way. */
const nullable = (row: readonly unknown[]) =>
  row.map((v) => (v === undefined ? null : v)) as (string | number | boolean | null)[]
