import type { Writable } from 'node:stream'
import { CSV_BOM, encodeRow } from '../../shared/exports/csv'
import { LONG_COLUMNS, longFormatRows, type ExportScenario } from '../../shared/exports/longFormat'
import type { Portfolio } from '../../shared/model'
import { writeChunk } from './atomicWrite'

const CHUNK_CHARS = 1 << 20

/**
 * Every scenario's monthly projection in long format (scenario, initiative, month, driver,
 * value) as RFC 4180 CSV, streamed in ~1 MB chunks: 1,000 initiatives x 60 months x 4
 * scenarios is about 4 million records, which should not sit in memory as one string.
 */
export async function writeProjectionCsv(
  out: Writable,
  portfolio: Portfolio,
  scenarios: readonly ExportScenario[],
): Promise<void> {
  let text = CSV_BOM + encodeRow(LONG_COLUMNS.map((c) => c.header)) + '\r\n'
  for (const row of longFormatRows(portfolio, scenarios)) {
    text += encodeRow(LONG_COLUMNS.map((c) => c.value(row))) + '\r\n'
    if (text.length >= CHUNK_CHARS) {
      await writeChunk(out, text)
      text = ''
    }
  }
  if (text) await writeChunk(out, text)
}
