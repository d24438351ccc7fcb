/**
 * The heavy computations the renderer runs off its thread, in a Web Worker (renderer/src/worker).
 * Each job is a pure function of plain data (a portfolio and a few choices, which structured clone
 * copies) to plain data whose large figures are typed arrays, whose buffers are transferred back
 * rather than copied. Adding a job is one entry here; the worker and the client derive the rest.
 */
import { comparisonJob } from './comparisonJob'
import { reallocationJob } from './reallocationJob'
import { simulationJob } from './simulationJob'
import { tornadoJob } from './tornadoJob'
import { waterfallJob } from './waterfallJob'

const JOBS = {
  comparison: comparisonJob,
  tornado: tornadoJob,
  waterfall: waterfallJob,
  reallocation: reallocationJob,
  simulation: simulationJob,
}

export type JobName = keyof typeof JOBS
export type JobParams<N extends JobName> = Parameters<(typeof JOBS)[N]>[0]
export type JobResult<N extends JobName> = ReturnType<(typeof JOBS)[N]>
/** What a job reports while it runs (a partial result), or never for a job that reports nothing. */
export type JobProgress<N extends JobName> = Parameters<(typeof JOBS)[N]>[1] extends
  ((partial: infer P) => void) | undefined
  ? P
  : never

/**
 * Runs one job on this thread (the worker's body, and the fallback where no Worker exists);
 * `progress` receives the partial results of a job that reports them.
 */
export function runJob<N extends JobName>(
  name: N,
  params: JobParams<N>,
  progress?: (partial: JobProgress<N>) => void,
): JobResult<N> {
  const job = JOBS[name] as (p: JobParams<N>, progress?: (partial: JobProgress<N>) => void) => JobResult<N>
  return job(params, progress)
}

/** The buffers of the typed arrays in a job's result (top-level fields): moved to the page, not copied. */
export function transferables(result: object | null): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  for (const value of Object.values(result ?? {})) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer)
  }
  return [...buffers]
}
