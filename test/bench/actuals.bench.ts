import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createActualsReader } from '../../shared/actuals/readActuals'
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

export const suites: BenchSuite[] = [
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
