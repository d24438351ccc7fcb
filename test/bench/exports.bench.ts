import { Writable } from 'node:stream'
import { compilePortfolio } from '../../shared/engine'
import { runBaseline, runScenario } from '../../shared/engine/scenarios'
import type { Portfolio } from '../../shared/model'
import { writeWorkbook, type WorkbookScenario } from '../../electron/exports/xlsx'
import { writeDeck } from '../../electron/exports/pptx'
import type { BenchSuite } from './harness'
import { benchScenarios } from './scenarios.bench'
import { syntheticPortfolio } from './syntheticPortfolio'

/** Counts bytes and drops them: the bench measures building the file, not the disk. */
class NullSink extends Writable {
  bytes = 0
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length
    done()
  }
}

const MEMORY_LIMIT = 1024 * 1024 * 1024
let portfolio: Portfolio | null = null
let scenarios: WorkbookScenario[] = []

function setup(): void {
  if (portfolio) return
  portfolio = syntheticPortfolio({ seed: 6, initiatives: 1000, months: 60, models: 20, pools: 4 })
  const compiled = compilePortfolio(portfolio)
  const baseline = runBaseline(portfolio, compiled)
  // A price decline, caching with routing to a cheaper model, prompt growth: the sample's kinds of scenario.
  const levered = benchScenarios(portfolio.initiatives.map((i) => i.id))
    .slice(0, 3)
    .map((s) => ({
      ...runScenario(portfolio as Portfolio, compiled, s, baseline),
      levers: s.levers,
    }))
  scenarios = [{ ...baseline, levers: [] }, ...levered]
}

/** Runs an export while sampling the process's resident memory; fails above 1 GB. */
async function withPeakMemory(run: () => Promise<void>, label: string): Promise<void> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25)
  try {
    await run()
  } finally {
    clearInterval(timer)
  }
  peak = Math.max(peak, process.memoryUsage().rss)
  process.stderr.write(`  ${label}: peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB\n`)
  if (peak > MEMORY_LIMIT) throw new Error(`${label} used ${(peak / 1024 / 1024).toFixed(0)} MB, over the 1 GB limit`)
}

export const suites: BenchSuite[] = [
  {
    name: 'exports: XLSX 1,000 initiatives x 60 months x 4 scenarios',
    targetMs: 10_000,
    samples: 3,
    warmup: 1,
    setup,
    run: () =>
      withPeakMemory(async () => {
        if (!portfolio) throw new Error('setup did not run')
        const sink = new NullSink()
        await writeWorkbook({ portfolio, scenarios, exportedOn: '2026-11-28' }, sink)
      }, 'XLSX'),
  },
  {
    name: 'exports: PPTX board deck, 1,000 initiatives x 60 months x 4 scenarios',
    targetMs: 3_000,
    samples: 5,
    warmup: 1,
    setup,
    run: () =>
      withPeakMemory(async () => {
        if (!portfolio) throw new Error('setup did not run')
        const sink = new NullSink()
        await writeDeck({ portfolio, scenarios, exportedOn: '2026-11-28' }, sink)
      }, 'PPTX'),
  },
]
