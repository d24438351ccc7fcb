import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import type { Initiative } from '../../../shared/model/initiative'
import { readDocuments, writePortfolioFile } from '../../fixtures/db/files'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { poolId, rowId, SHARED_FIELD, SHARED_IDS, type Logged, type Role } from './writerPlan'

const ROOT = resolve(import.meta.dirname, '..', '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const WRITER = join(import.meta.dirname, 'writerProcess.ts')
const OPERATIONS = 500

interface Writer {
  ready: Promise<void>
  go(): void
  done: Promise<Logged[]>
}

/** Starts one writer process; it opens the file, says "ready", and runs its calls on go(). */
function startWriter(path: string, role: Role, seed: number): Writer {
  const child = spawn(TSX, [WRITER, path, role, String(OPERATIONS), String(seed)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const lines = createInterface({ input: child.stdout })
  let signalReady: () => void = () => undefined
  const ready = new Promise<void>((r) => (signalReady = r))
  let result: Logged[] | undefined
  lines.on('line', (line) => {
    if (line === 'ready') signalReady()
    else result = JSON.parse(line) as Logged[]
  })
  const done = new Promise<Logged[]>((resolveDone, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0 && result) resolveDone(result)
      else reject(new Error(`writer ${role} exited with ${String(code)}: ${stderr}`))
    })
  })
  // A writer that dies before "ready" must fail the test, not hang it.
  void done.catch(() => signalReady())
  return { ready, go: () => child.stdin.end('go\n'), done }
}

/** What the file must hold after both writers finished, from the calls the API acknowledged. */
function expectAcknowledgedCalls(path: string, logs: Record<Role, Logged[]>): void {
  const rows = new Map(readDocuments(path, 'initiatives').map((r) => [r.id, r.data as Initiative]))
  const pools = new Map(readDocuments(path, 'cost_pools').map((r) => [r.id, r.data]))
  const lost: string[] = []
  for (const role of ['a', 'b'] as const) {
    const acked = logs[role].filter((l) => l.ok).map((l) => l.call)
    const lastShared = new Map<string, number>()
    const created = new Set<string>()
    const deleted = new Set<string>()
    const renamed = new Map<string, string>()
    let lastPool: unknown
    for (const call of acked) {
      if (call.op === 'editShared') lastShared.set(call.id, call.value)
      if (call.op === 'create') created.add(call.id)
      if (call.op === 'delete') deleted.add(call.id)
      if (call.op === 'renameOther') renamed.set(call.id, call.name)
      if (call.op === 'pool') lastPool = call.pool
    }
    for (const [id, value] of lastShared) {
      const held = rows.get(id)?.usage[SHARED_FIELD[role]]
      if (held !== value) lost.push(`${role}: ${id}.${SHARED_FIELD[role]} is ${String(held)}, acknowledged ${value}`)
    }
    for (const id of created) {
      if (!deleted.has(id) && !rows.has(id)) lost.push(`${role}: created ${id} is missing`)
    }
    for (const id of deleted) if (rows.has(id)) lost.push(`${role}: deleted ${id} is back`)
    for (const [id, name] of renamed) {
      const row = rows.get(id)
      if (row && row.name !== name) lost.push(`${role}: ${id} is named "${row.name}", acknowledged "${name}"`)
    }
    if (lastPool !== undefined) expect(pools.get(poolId(role)), `${role}'s pool`).toEqual(lastPool)
    for (const id of rows.keys()) {
      const owner = id.startsWith(rowId(role, 0).slice(0, 2))
      if (owner && !created.has(id)) lost.push(`${role}: ${id} is in the file but its create was refused`)
    }
  }
  expect.soft(lost).toEqual([])
}

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('gpp-writers-')))
afterEach(() => cleanup())

describe('two processes writing one portfolio file', () => {
  it(`keeps every acknowledged edit, create and delete of ${OPERATIONS} calls each, and the file opens`, async () => {
    const path = await writePortfolioFile(join(dir, 'shared.aiportfolio'))
    const writers = { a: startWriter(path, 'a', 1), b: startWriter(path, 'b', 2) }
    await Promise.all([writers.a.ready, writers.b.ready])
    writers.a.go()
    writers.b.go()
    const logs = { a: await writers.a.done, b: await writers.b.done }

    // Refusals are fine when the other writer made the call impossible; a lock or a crash never is.
    const refusals = [...logs.a, ...logs.b].filter((l) => !l.ok)
    expect.soft(refusals.filter((l) => /locked|busy/i.test(l.message ?? '')).map((l) => l.message)).toEqual([])
    expect.soft(refusals.filter((l) => !['not_found', 'conflict', 'validation'].includes(l.code ?? ''))).toEqual([])
    expect.soft(refusals.filter((l) => l.call.op === 'create' || l.call.op === 'editShared')).toEqual([])

    const db = new Database(path, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
    const positions = readDocuments(path, 'initiatives').map((r) => r.position)
    expect(positions).toEqual(positions.map((_, i) => i))
    const file = PortfolioFile.open(path)
    const ids = file.portfolio.initiatives.map((i) => i.id)
    file.close()
    expect(ids).toEqual(expect.arrayContaining([...SHARED_IDS]))
    expectAcknowledgedCalls(path, logs)
  })
})
