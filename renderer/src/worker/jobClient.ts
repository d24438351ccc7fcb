import { runJob, type JobName, type JobParams, type JobProgress, type JobResult } from '../../../shared/jobs/catalog'
import type { JobRequest, WorkerMessage } from './messages'

/** How a job ended: its result, superseded by a newer request of the same job, or what it threw. */
type JobOutcome<R> = { status: 'done'; result: R } | { status: 'cancelled' } | { status: 'failed'; message: string }

/** The part of a Worker the client uses (a seam for tests). */
export interface JobWorker {
  postMessage(message: JobRequest, transfer?: Transferable[]): void
  terminate(): void
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

/** Starts a worker, or returns null where there is none (jsdom in the unit tests): jobs then run inline. */
export type WorkerFactory = () => JobWorker | null

/**
 * The engine's worker. Vite emits it as one self-contained file beside the bundle and names it by a
 * URL relative to the bundle, so it loads from file:// in the packaged app as over http in browser
 * mode; the CSP's script-src 'self' covers it (test/e2e/fileWorker.test.ts).
 */
const engineWorker: WorkerFactory = () =>
  typeof Worker === 'undefined'
    ? null
    : (new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }) as unknown as JobWorker)

interface Lane {
  worker: JobWorker | null
  /** The request in flight, and how to settle it. */
  pending: { id: number; settle: (outcome: JobOutcome<never>) => void; progress?: (partial: never) => void } | null
}

export interface JobClient {
  /**
   * Runs a job off the UI thread; a newer run of the same job cancels this one. `progress` receives
   * the job's partial results until it settles.
   */
  run<N extends JobName>(
    name: N,
    params: JobParams<N>,
    progress?: (partial: JobProgress<N>) => void,
  ): Promise<JobOutcome<JobResult<N>>>
  /** Stops every worker; runs in flight end as cancelled. */
  dispose(): void
}

/**
 * Runs jobs in workers, one lane per job name: a newer request of a job cancels the one in flight
 * (its promise settles as 'cancelled' at once, and its worker is terminated so the computation
 * stops taking a core) and a fresh worker takes the new one. Different jobs run side by side.
 */
export function createJobClient(makeWorker: WorkerFactory = engineWorker): JobClient {
  const lanes = new Map<JobName, Lane>()
  let nextId = 1

  const laneOf = (name: JobName): Lane => {
    let lane = lanes.get(name)
    if (!lane) {
      lane = { worker: null, pending: null }
      lanes.set(name, lane)
    }
    return lane
  }

  const cancel = (lane: Lane): void => {
    if (!lane.pending) return
    lane.pending.settle({ status: 'cancelled' })
    lane.pending = null
    lane.worker?.terminate()
    lane.worker = null
  }

  const start = (lane: Lane): JobWorker | null => {
    const worker = makeWorker()
    if (!worker) return null
    worker.onmessage = (event) => {
      const answer = event.data
      if (lane.pending?.id !== answer.id) return
      if ('progress' in answer) {
        lane.pending.progress?.(answer.progress as never)
        return
      }
      const { settle } = lane.pending
      lane.pending = null
      settle(
        answer.ok ? { status: 'done', result: answer.result as never } : { status: 'failed', message: answer.message },
      )
    }
    worker.onerror = (event) => {
      event.preventDefault()
      const settle = lane.pending?.settle
      lane.pending = null
      lane.worker?.terminate()
      lane.worker = null
      settle?.({ status: 'failed', message: event.message || 'The calculation worker stopped.' })
    }
    lane.worker = worker
    return worker
  }

  return {
    run<N extends JobName>(
      name: N,
      params: JobParams<N>,
      progress?: (partial: JobProgress<N>) => void,
    ): Promise<JobOutcome<JobResult<N>>> {
      const lane = laneOf(name)
      cancel(lane)
      const id = nextId++
      return new Promise((resolve) => {
        lane.pending = {
          id,
          settle: resolve as (outcome: JobOutcome<never>) => void,
          ...(progress ? { progress: progress as (partial: never) => void } : {}),
        }
        const worker = lane.worker ?? start(lane)
        if (worker) {
          worker.postMessage({ id, name, params })
          return
        }
        // No worker here: the job runs on this thread after the current task, unless superseded first.
        setTimeout(() => {
          if (lane.pending?.id !== id) return
          lane.pending = null
          try {
            // Synchronous here: nothing can supersede the run while it reports.
            resolve({ status: 'done', result: runJob(name, params, progress) })
          } catch (e) {
            resolve({ status: 'failed', message: e instanceof Error ? e.message : String(e) })
          }
        }, 0)
      })
    },
    dispose() {
      for (const lane of lanes.values()) {
        cancel(lane)
        lane.worker?.terminate()
        lane.worker = null
      }
    },
  }
}
