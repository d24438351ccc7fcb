/**
 * The bench registry: every test/bench/*.bench.ts exports `suites: BenchSuite[]`;
 * test/bench/index.ts runs them all and reports median and p95 against each target.
 */
export interface BenchSuite {
  /** Shown in the table, e.g. 'engine: full recompute 1,000 x 60 x 8'. */
  name: string
  /** Target for the median, in milliseconds. */
  targetMs: number
  /**
   * One sample. Timed by the harness, unless it returns its own measurement in ms (e.g. taken in a
   * browser); the CPU column always covers the whole call.
   */
  run: () => void | number | Promise<void | number>
  /** Runs once before the warm-up (build data, start a server). */
  setup?: () => void | Promise<void>
  /** Runs once after the samples, even when a sample throws. */
  teardown?: () => void | Promise<void>
  /** Timed samples (default 30). */
  samples?: number
  /** Untimed runs first, so the JIT has compiled the hot code (default 5). */
  warmup?: number
}

export interface BenchResult {
  name: string
  targetMs: number
  samples: number
  medianMs: number
  p95Ms: number
  minMs: number
  maxMs: number
  /**
   * Median CPU time of this process per sample (all its threads, so GC helpers count).
   * Beside wall time because the machine is shared: when other work is running, wall time
   * grows with waiting while CPU time shows what the code itself costs.
   */
  medianCpuMs: number
  pass: boolean
  /** Set when the suite could not run (setup or a sample threw, or its file failed to load). */
  error?: string
}

/** A result row for a suite (or a whole bench file) that failed before producing samples. */
export function failedResult(name: string, targetMs: number, err: unknown): BenchResult {
  return {
    name,
    targetMs,
    samples: 0,
    medianMs: 0,
    p95Ms: 0,
    minMs: 0,
    maxMs: 0,
    medianCpuMs: 0,
    pass: false,
    error: err instanceof Error ? err.message : String(err),
  }
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] ?? 0
}

interface Sample {
  wallMs: number
  cpuMs: number
}

async function sample(suite: BenchSuite): Promise<Sample> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const own = await suite.run()
  const elapsed = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { wallMs: typeof own === 'number' ? own : elapsed, cpuMs: (used.user + used.system) / 1000 }
}

export async function runSuite(suite: BenchSuite): Promise<BenchResult> {
  const samples = suite.samples ?? 30
  const warmup = suite.warmup ?? 5
  const times: number[] = []
  const cpu: number[] = []
  try {
    await suite.setup?.()
    for (let i = 0; i < warmup; i++) await sample(suite)
    for (let i = 0; i < samples; i++) {
      const s = await sample(suite)
      times.push(s.wallMs)
      cpu.push(s.cpuMs)
    }
  } catch (err) {
    return failedResult(suite.name, suite.targetMs, err)
  } finally {
    await suite.teardown?.()
  }
  const sorted = [...times].sort((a, b) => a - b)
  const medianMs = quantile(sorted, 0.5)
  return {
    name: suite.name,
    targetMs: suite.targetMs,
    samples,
    medianMs,
    p95Ms: quantile(sorted, 0.95),
    minMs: sorted[0] ?? 0,
    maxMs: sorted[sorted.length - 1] ?? 0,
    medianCpuMs: quantile(
      [...cpu].sort((a, b) => a - b),
      0.5,
    ),
    pass: medianMs <= suite.targetMs,
  }
}

/** A fixed-width text table of results. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = [
    ['suite', 'median ms', 'p95 ms', 'cpu ms', 'target ms', 'result'],
    ...results.map((r) =>
      r.error
        ? [r.name, '-', '-', '-', String(r.targetMs), `ERROR: ${r.error.split('\n')[0] ?? ''}`]
        : [
            r.name,
            r.medianMs.toFixed(2),
            r.p95Ms.toFixed(2),
            r.medianCpuMs.toFixed(2),
            String(r.targetMs),
            r.pass ? 'pass' : 'FAIL',
          ],
    ),
  ]
  const last = 5
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)))
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c === 0 || c === last ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}
