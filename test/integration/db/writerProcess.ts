/**
 * One of the two writers of twoWriters.test.ts, run as its own Node process:
 *   tsx writerProcess.ts <portfolio file> <a|b> <operations> <seed>
 * It opens the file as the app and `npm run serve` do (a session and the API over it), prints
 * "ready", waits for a line on stdin, then makes its calls as fast as it can while the other process
 * does the same, and prints one JSON line: every call and what the API answered.
 */
import { dirname } from 'node:path'
import { createInterface } from 'node:readline'
import { createApi } from '../../../electron/api/createApi'
import { newSession } from '../../fixtures/db/files'
import { initiative } from '../../fixtures/db/portfolio'
import { writerPlan, type Call, type Logged } from './writerPlan'

async function main(): Promise<void> {
  const [path, role, operations, seed] = process.argv.slice(2)
  if (!path || (role !== 'a' && role !== 'b')) throw new Error('usage: writerProcess.ts FILE a|b OPERATIONS SEED')
  const calls = writerPlan(role, Number(operations), Number(seed))
  const session = newSession(dirname(path))
  session.open(path)
  const api = createApi({ session })
  const invoke = (call: Call) => {
    switch (call.op) {
      case 'editShared':
        return api.invoke('initiative:edit', {
          edits: [{ id: call.id, field: `usage.${call.field}`, value: call.value }],
        })
      case 'create':
        return api.invoke('initiative:create', { initiative: initiative(call.id, call.name), index: call.index })
      case 'delete':
        return api.invoke('initiative:delete', { id: call.id })
      case 'renameOther':
        return api.invoke('initiative:edit', { edits: [{ id: call.id, field: 'name', value: call.name }] })
      case 'pool':
        return api.invoke('costPool:upsert', { pool: call.pool })
    }
  }

  const lines = createInterface({ input: process.stdin })
  const go = new Promise<void>((resolve) => lines.once('line', () => resolve()))
  process.stdout.write('ready\n')
  await go
  lines.close()

  const log: Logged[] = []
  try {
    for (const call of calls) {
      const r = await invoke(call)
      log.push(r.ok ? { call, ok: true } : { call, ok: false, code: r.error.code, message: r.error.message })
    }
  } finally {
    session.close()
  }
  process.stdout.write(`${JSON.stringify(log)}\n`)
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
