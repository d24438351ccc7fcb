import type { JobName, JobParams, JobProgress, JobResult } from '../../../shared/jobs/catalog'

/** A job asked of the worker; `id` pairs the answer with the request. */
export interface JobRequest<N extends JobName = JobName> {
  id: number
  name: N
  params: JobParams<N>
}

/** The worker's answer: the job's result, or the message of what it threw. */
export type JobAnswer<N extends JobName = JobName> =
  { id: number; ok: true; result: JobResult<N> } | { id: number; ok: false; message: string }

/** A partial result the worker posts while a job runs (before its answer). */
export interface JobProgressMessage<N extends JobName = JobName> {
  id: number
  progress: JobProgress<N>
}

/** Anything the worker posts. */
export type WorkerMessage = JobAnswer | JobProgressMessage
