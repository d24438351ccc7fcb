import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readActualsPath } from '../../electron/actuals/actualsSource'
import { importActuals, previewActualsImport } from '../../electron/actuals/importActuals'
import { writeNewPortfolioFile } from '../../electron/db/fileWrite'
import { PortfolioFile } from '../../electron/db/portfolioFile'
import { createActualsReader } from '../../shared/actuals/readActuals'
import { testPortfolio } from '../fixtures/db/portfolio'
import { focusChunks, KEYS_PER_DAY } from './actualsFocusFile'
import type { BenchSuite } from './harness'

/** 200,000 daily FOCUS rows: about a year of a mid-size company's generative-AI spend. */
const ROWS = 200_000
const MAX_RESIDENT_BYTES = 500 * 1024 * 1024
const CHUNK_BYTES = 1 << 20

let dir = ''
let path = ''

function writeFile(): void {
  dir = mkdtempSync(join(tmpdir(), 'gpp-bench-actuals-'))
  path = join(dir, 'focus-200k.csv')
  const fd = openSync(path, 'w')
  for (const chunk of focusChunks(ROWS)) writeSync(fd, chunk)
  closeSync(fd)
}

/** Reads the file from disk in 1 MB chunks, decoding and rolling up as it goes; fails past 500 MB resident. */
function readFile(): void {
  const fd = openSync(path, 'r')
  const buffer = Buffer.alloc(CHUNK_BYTES)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const reader = createActualsReader()
  let peak = 0
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null)
      if (n === 0) break
      reader.push(decoder.decode(buffer.subarray(0, n), { stream: true }))
      peak = Math.max(peak, process.memoryUsage().rss)
    }
    reader.push(decoder.decode())
  } finally {
    closeSync(fd)
  }
  const result = reader.finish()
  peak = Math.max(peak, process.memoryUsage().rss)
  if (!result.ok) throw new Error(result.message)
  const expected = (KEYS_PER_DAY * 12) / 1 // about 12 months of each key
  if (result.lines.length < expected * 0.9) throw new Error(`rolled up to ${result.lines.length} lines`)
  if (peak > MAX_RESIDENT_BYTES)
    throw new Error(`resident memory reached ${Math.round(peak / 1048576)} MB (most 500 MB)`)
}

let portfolioPath = ''

async function writeFileAndPortfolio(): Promise<void> {
  writeFile()
  portfolioPath = join(dir, 'bench.aiportfolio')
  const p = testPortfolio()
  await writeNewPortfolioFile(portfolioPath, { ...p, settings: { ...p.settings, currency: 'USD' } })
}

/**
 * Streams the file from disk, previews it against the portfolio and imports it in one transaction;
 * `expectChanges` false checks that importing it again writes nothing. Fails past 500 MB resident.
 */
async function previewAndImport(expectChanges: boolean): Promise<void> {
  const read = await readActualsPath(path, 'focus-200k.csv', {})
  let peak = process.memoryUsage().rss
  if (!read.ok) throw new Error(read.message)
  const file = PortfolioFile.open(portfolioPath)
  try {
    const request = { read, fileName: 'focus-200k.csv', rates: [], models: [] }
    const preview = previewActualsImport(file, request)
    peak = Math.max(peak, process.memoryUsage().rss)
    if (!preview.acceptable) throw new Error(preview.message)
    const done = importActuals(file, request)
    peak = Math.max(peak, process.memoryUsage().rss)
    if ((done.record !== null) !== expectChanges)
      throw new Error(expectChanges ? 'the first import wrote nothing' : 're-importing the same file changed lines')
  } finally {
    file.close()
  }
  if (peak > MAX_RESIDENT_BYTES)
    throw new Error(`resident memory reached ${Math.round(peak / 1048576)} MB (most 500 MB)`)
}

export const suites: BenchSuite[] = [
  {
    name: 'actuals: focus preview and import 200k lines',
    targetMs: 10_000,
    samples: 1,
    warmup: 0,
    setup: writeFileAndPortfolio,
    teardown: () => rmSync(dir, { recursive: true, force: true }),
    run: () => previewAndImport(true),
  },
  {
    name: 'actuals: focus re-import 200k lines (changes nothing)',
    targetMs: 10_000,
    samples: 3,
    warmup: 0,
    setup: async () => {
      await writeFileAndPortfolio()
      await previewAndImport(true)
    },
    teardown: () => rmSync(dir, { recursive: true, force: true }),
    run: () => previewAndImport(false),
  },
  {
    name: 'actuals: focus read 200k lines',
    targetMs: 10_000,
    samples: 3,
    warmup: 1,
    setup: writeFile,
    teardown: () => rmSync(dir, { recursive: true, force: true }),
    run: readFile,
  },
]
