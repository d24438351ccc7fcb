import { runJob } from '../../../shared/jobs/catalog'
import type { JobWorker } from '../../../renderer/src/worker/jobClient'
import type { JobRequest, WorkerMessage } from '../../../renderer/src/worker/messages'

/**
 * A worker that runs each job when the test says, as engine.worker.ts does, and records
 * terminations. It still answers after termination, as a late message from a worker being stopped.
 */
export class StepWorker implements JobWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  requests: JobRequest[] = []
  terminated = false
  postMessage(message: JobRequest): void {
    this.requests.push(structuredClone(message))
  }
  terminate(): void {
    this.terminated = true
  }
  answer(): void {
    const { id, name, params: p } = this.requests.shift() as JobRequest
    const post = (data: WorkerMessage) => this.onmessage?.({ data } as MessageEvent<WorkerMessage>)
    const result = runJob(name, p, (progress) => post({ id, progress }))
    post({ id, ok: true, result })
  }
}

/** A factory of StepWorkers that keeps every worker it made. */
export function stepWorkers(): { workers: StepWorker[]; make: () => StepWorker } {
  const workers: StepWorker[] = []
  return {
    workers,
    make: () => {
      const w = new StepWorker()
      workers.push(w)
      return w
    },
  }
}
