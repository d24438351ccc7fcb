import type { JobName, JobParams, JobResult } from '../../../shared/jobs/catalog'

/** A job asked of the worker; `id` pairs the answer with the request. */
export interface JobRequest<N extends JobName = JobName> {
  id: number
  name: N
  params: JobParams<N>
}

/** The worker's answer: the job's result, or the message of what it threw. */
export type JobAnswer<N extends JobName = JobName> =
  { id: number; ok: true; result: JobResult<N> } | { id: number; ok: false; message: string }
