/**
 * The bench registry: every test/bench/*.bench.ts exports `suites: BenchSuite[]`;
 * test/bench/index.ts runs them all and reports median and p95 against each target.
 */
export interface BenchSuite {
  /** Shown in the table, e.g. 'engine: full recompute 1,000 x 60 x 8'. */
  name: string
  /** Target for the median, in milliseconds. */
  targetMs: number
  /** One sample. Timed by the harness, unless it returns its own measurement in ms (e.g. taken in a browser). */
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
  pass: boolean
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] ?? 0
}

async function sample(suite: BenchSuite): Promise<number> {
  const start = performance.now()
  const own = await suite.run()
  const elapsed = performance.now() - start
  return typeof own === 'number' ? own : elapsed
}

export async function runSuite(suite: BenchSuite): Promise<BenchResult> {
  const samples = suite.samples ?? 30
  const warmup = suite.warmup ?? 5
  await suite.setup?.()
  const times: number[] = []
  try {
    for (let i = 0; i < warmup; i++) await sample(suite)
    for (let i = 0; i < samples; i++) times.push(await sample(suite))
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
    pass: medianMs <= suite.targetMs,
  }
}

/** A fixed-width text table of results. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = [
    ['suite', 'median ms', 'p95 ms', 'target ms', 'result'],
    ...results.map((r) => [
      r.name,
      r.medianMs.toFixed(2),
      r.p95Ms.toFixed(2),
      String(r.targetMs),
      r.pass ? 'pass' : 'FAIL',
    ]),
  ]
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)))
  return rows
    .map((row) =>
      row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '),
    )
    .join('\n')
}
