/// <reference lib="webworker" />
/**
 * The engine's worker: runs the jobs of shared/jobs/catalog.ts, one at a time, and posts each result
 * back with its typed arrays transferred (and a job's partial results as it reports them). It imports only shared/ code. A job is cancelled by
 * terminating the worker (jobClient.ts), since a running computation cannot be interrupted.
 */
import { runJob, transferables } from '../../../shared/jobs/catalog'
import type { JobAnswer, JobProgressMessage, JobRequest } from './messages'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<JobRequest>) => {
  const { id, name, params } = event.data
  let answer: JobAnswer
  try {
    const progress = (partial: JobProgressMessage['progress']) => scope.postMessage({ id, progress: partial })
    answer = { id, ok: true, result: runJob(name, params, progress) }
  } catch (e) {
    answer = { id, ok: false, message: e instanceof Error ? e.message : String(e) }
  }
  scope.postMessage(answer, answer.ok ? transferables(answer.result) : [])
}
