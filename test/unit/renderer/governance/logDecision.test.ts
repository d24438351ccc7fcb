/**
 * Logging a decision through the store, against the real API handlers and a real portfolio file:
 * the log, review date and stage change together, undo and redo move all three, a refusal changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openRealStore, type RealStore } from '../realStore'
import type { Initiative } from '../../../../shared/model'
import {
  apiIssues,
  decisionEdits,
  nextDecisionId,
  toEntry,
} from '../../../../renderer/src/features/governance/decisionDraft'

let h: RealStore
let store: RealStore['store']

const fileContent = () => h.fileContent()

function inStore(id: string): Initiative {
  const found = store.getState().snapshot?.portfolio.initiatives.find((i) => i.id === id)
  if (!found) throw new Error(`no ${id}`)
  return found
}

beforeEach(async () => {
  h = await openRealStore('gpp-gov-')
  store = h.store
})

afterEach(() => h.close())

describe('logging a decision on a real file', () => {
  it('writes log, review date and stage as one undo step', async () => {
    const before = inStore('hr-policy')
    expect(before.governance.stage).toBe('pilot')
    const entry = toEntry(
      {
        date: '2027-02-01',
        decision: 'scale',
        rationale: 'Pilot answered 81% of questions correctly.',
        by: 'HR leadership team',
        nextReviewDate: '2027-08-31',
        stage: 'scaling',
      },
      nextDecisionId(before),
    )
    expect(await store.getState().editInitiatives(decisionEdits(before, entry), 'Log decision')).toBeNull()

    const saved = (await fileContent()).initiatives.find((i) => i.id === 'hr-policy')
    expect(saved?.decisions).toEqual([...(before.decisions ?? []), entry])
    expect(saved?.governance.reviewDate).toBe('2027-08-31')
    expect(saved?.governance.stage).toBe('scaling')
    expect(inStore('hr-policy').decisions?.at(-1)).toEqual(entry)

    expect(await store.getState().undo()).toBeNull()
    const undone = (await fileContent()).initiatives.find((i) => i.id === 'hr-policy')
    expect(undone?.decisions ?? []).toEqual(before.decisions ?? [])
    expect(undone?.governance.reviewDate).toBe(before.governance.reviewDate)
    expect(undone?.governance.stage).toBe('pilot')
    expect(inStore('hr-policy').governance.stage).toBe('pilot')

    expect(await store.getState().redo()).toBeNull()
    const redone = (await fileContent()).initiatives.find((i) => i.id === 'hr-policy')
    expect(redone?.decisions?.at(-1)).toEqual(entry)
    expect(redone?.governance.stage).toBe('scaling')
  })

  it('a refused decision changes nothing and names the field and rule', async () => {
    const before = await fileContent()
    const init = inStore('sales-email')
    // Bypasses the form's own check, as a stale or hand-made call would: the API's rules still apply.
    const bad = {
      ...toEntry(
        { date: '2027-02-01', decision: 'pivot', rationale: 'r', by: '', nextReviewDate: '2027-05-01', stage: 'idea' },
        'sales-email-d1',
      ),
    }
    const error = await store.getState().editInitiatives(decisionEdits(init, bad))
    expect(error).not.toBeNull()
    expect(error && apiIssues(error).fields).toEqual({ by: 'Decided by must name who decided' })
    expect(await fileContent()).toEqual(before)
    expect(store.getState().past).toHaveLength(0)
  })
})
