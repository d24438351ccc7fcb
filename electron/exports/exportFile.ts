import { statSync } from 'node:fs'
import { Writable } from 'node:stream'
import type { ExportFormat } from '../../shared/api/methods/exports'
import { serializePortfolio } from '../../shared/format'
import type { Portfolio } from '../../shared/model'
import { writeAtomically, writeChunk } from './atomicWrite'
import { checkOutputPath, refusedWrite } from './outputPath'
import { writeDeck } from './pptx'
import { writeProjectionCsv } from './projectionCsv'
import { exportRuns, type ExportRun } from './scenarioRuns'
import { writeWorkbook, type Progress } from './xlsx'

/** One export as the app, the browser mode and the command line ask for it. */
export interface ExportJob {
  portfolio: Portfolio
  format: ExportFormat
  /** Scenario ids or names after the baseline; undefined = every scenario. Ignored by 'json'. */
  scenarios?: readonly string[]
  /** Date on the cover and title slide, and "today" for overdue reviews (YYYY-MM-DD). */
  exportedOn: string
  progress?: Progress
}

const EXTENSIONS: Record<ExportFormat, string> = { xlsx: 'xlsx', pptx: 'pptx', csv: 'csv', json: 'json' }

/** A file name for a download: the portfolio's name made safe for any file system, the date and the extension. */
export function exportFileName(portfolioName: string, format: ExportFormat, exportedOn: string): string {
  const slug = portfolioName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w .-]+/g, '-')
    .replace(/[\s-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
  return `${slug || 'portfolio'}-${exportedOn}.${EXTENSIONS[format]}`
}

/** Evaluated before any file is opened, so an unknown scenario leaves nothing behind. */
function runsOf(job: ExportJob): ExportRun[] {
  return job.format === 'json' ? [] : exportRuns(job.portfolio, job.scenarios)
}

async function writeTo(out: Writable, job: ExportJob, runs: readonly ExportRun[]): Promise<void> {
  const { portfolio, exportedOn } = job
  switch (job.format) {
    case 'json':
      return writeChunk(out, serializePortfolio(portfolio))
    case 'csv':
      return writeProjectionCsv(out, portfolio, runs)
    case 'xlsx':
      return writeWorkbook({ portfolio, scenarios: runs, exportedOn }, out, job.progress)
    case 'pptx':
      return writeDeck({ portfolio, scenarios: runs, exportedOn }, out)
  }
}

/**
 * Writes the export to `path` through a temporary file renamed into place. `protectedPaths`
 * (the open portfolio file) are refused as targets. Returns the absolute path and its size.
 */
export async function exportToFile(
  path: string,
  job: ExportJob,
  protectedPaths: readonly string[] = [],
): Promise<{ path: string; bytes: number }> {
  const target = checkOutputPath(path, protectedPaths)
  const runs = runsOf(job)
  try {
    await writeAtomically(target, (out) => writeTo(out, job, runs))
  } catch (error) {
    throw refusedWrite(target, error)
  }
  return { path: target, bytes: statSync(target).size }
}

/** Collects what a writer produces; for browser downloads. */
class BufferSink extends Writable {
  readonly chunks: Buffer[] = []
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    done()
  }
}

/** Builds the export in memory (browser mode downloads it). */
export async function exportToBuffer(job: ExportJob): Promise<Buffer> {
  const runs = runsOf(job)
  const sink = new BufferSink()
  await writeTo(sink, job, runs)
  if (!sink.writableFinished) {
    await new Promise<void>((resolve, reject) => {
      sink.once('finish', resolve)
      sink.once('error', reject)
      if (!sink.writableEnded) sink.end()
    })
  }
  return Buffer.concat(sink.chunks)
}
