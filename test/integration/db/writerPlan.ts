import type { CostPool } from '../../../shared/model/costPool'
import { seededRandom } from '../../bench/syntheticPortfolio'

/** What each of the two writers of twoWriters.test.ts does, and the names both sides agree on. */
export type Role = 'a' | 'b'

/** The shared initiatives both writers edit, each writer its own field. */
export const SHARED_IDS = ['support', 'sales', 'search'] as const
export const SHARED_FIELD = { a: 'inputTokensPerQuery', b: 'outputTokensPerQuery' } as const
export const rowId = (role: Role, k: number): string => `${role}-row-${k}`
export const poolId = (role: Role): string => `${role}-pool`

/** openTogether.test.ts: how many edits each opener makes, and the value of its k-th. */
export const OPENER_EDITS = 20
export const openerValue = (k: number): number => 5000 + k

export type Call =
  | { op: 'editShared'; id: string; field: (typeof SHARED_FIELD)[Role]; value: number }
  | { op: 'create'; id: string; name: string; index: number }
  | { op: 'delete'; id: string }
  | { op: 'renameOther'; id: string; name: string }
  | { op: 'pool'; pool: CostPool }

/** One call and the API's answer to it. */
export interface Logged {
  call: Call
  ok: boolean
  code?: string
  message?: string
}

function pool(role: Role, shareOf: string): CostPool {
  return {
    id: poolId(role),
    name: `Pool of ${role}`,
    monthlyCost: 1000,
    startMonth: 0,
    allocation: 'fixed',
    fixedShares: { [shareOf]: 1 },
  }
}

/**
 * The calls of one writer, from a seed: edits of the shared rows, creates and deletes of its own rows,
 * renames of the other writer's rows (racing that writer's creates and deletes) and a pool giving one
 * of the other's rows a fixed share (racing its delete).
 */
export function writerPlan(role: Role, operations: number, seed: number): Call[] {
  const other: Role = role === 'a' ? 'b' : 'a'
  const random = seededRandom(seed)
  const pick = (n: number) => Math.floor(random() * n)
  const calls: Call[] = []
  const alive: string[] = []
  let created = 0
  for (let step = 0; step < operations; step++) {
    const roll = random()
    if (roll < 0.35) {
      const id = SHARED_IDS[pick(SHARED_IDS.length)] ?? 'support'
      calls.push({ op: 'editShared', id, field: SHARED_FIELD[role], value: 1000 + step })
    } else if (roll < 0.6 || alive.length === 0) {
      const id = rowId(role, created++)
      alive.push(id)
      calls.push({ op: 'create', id, name: `Row ${created} of ${role}`, index: pick(8) })
    } else if (roll < 0.75) {
      const [id = ''] = alive.splice(pick(alive.length), 1)
      calls.push({ op: 'delete', id })
    } else if (roll < 0.95) {
      calls.push({ op: 'renameOther', id: rowId(other, pick(created + 1)), name: `Renamed by ${role} at ${step}` })
    } else {
      calls.push({ op: 'pool', pool: pool(role, rowId(other, pick(created + 1))) })
    }
  }
  return calls
}
