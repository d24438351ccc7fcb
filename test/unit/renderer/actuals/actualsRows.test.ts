import { describe, expect, it } from 'vitest'
import type { PreviewCell, ProviderMonth, UnallocatedKeys } from '../../../../shared/actuals/results'
import {
  actualsMonths,
  confirmState,
  nextRuleId,
  previewRows,
  previewTotals,
  recordRows,
  ruleForKey,
  unallocatedRows,
} from '../../../../renderer/src/features/actuals/actualsRows'
import type { ActualsPreview } from '../../../../shared/actuals/results'

const cell = (month: string, initiativeId: string | null, added: number, replaced = 0): PreviewCell => ({
  month,
  initiativeId,
  addedCents: added,
  replacedCents: replaced,
  beforeCents: replaced,
  afterCents: added,
})

describe('the import preview', () => {
  const names = new Map([
    ['support', 'Support assistant'],
    ['claims', 'Claims triage'],
  ])

  it('lists months in order, initiatives in the portfolio’s order and Unallocated last in each month', () => {
    const rows = previewRows(
      [
        cell('2026-02', null, 500),
        cell('2026-02', 'claims', 300),
        cell('2026-01', 'claims', 200),
        cell('2026-02', 'support', 100),
      ],
      names,
    )
    expect(rows.map((r) => `${r.month} ${r.name}`)).toEqual([
      '2026-01 Claims triage',
      '2026-02 Support assistant',
      '2026-02 Claims triage',
      '2026-02 Unallocated',
    ])
  })

  it('totals what is added, replaced and left unallocated, in cents', () => {
    // added 200 + 300 + 500 + 100 = 1,100; replaced 50 + 25; unallocated is the null row's 500.
    expect(
      previewTotals([
        cell('2026-01', 'claims', 200, 50),
        cell('2026-02', 'claims', 300, 25),
        cell('2026-02', null, 500),
        cell('2026-02', 'support', 100),
      ]),
    ).toEqual({ addedCents: 1100, replacedCents: 75, unallocatedCents: 500 })
  })

  const preview = (patch: Partial<ActualsPreview>): ActualsPreview => ({
    format: 'focus',
    label: 'FOCUS cost and usage export',
    detected: true,
    acceptable: true,
    message: '',
    sourceRows: 10,
    lines: 3,
    replacedLines: 0,
    addedLines: 3,
    months: ['2026-01'],
    cells: [],
    refused: [],
    refusedCount: 0,
    ratesNeeded: [],
    models: [],
    warnings: [],
    ...patch,
  })

  it('confirms only a file with no refused line and a rate for every month in another currency', () => {
    expect(confirmState(preview({}))).toEqual({ enabled: true, text: 'Import 3 lines' })
    expect(confirmState(preview({ refusedCount: 2, acceptable: false }))).toEqual({
      enabled: false,
      text: '2 lines refused: nothing can be imported',
    })
    expect(confirmState(preview({ ratesNeeded: [{ month: '2026-01', currency: 'EUR' }], acceptable: false }))).toEqual({
      enabled: false,
      text: 'Give the exchange rate of 1 month first',
    })
  })
})

describe('unallocated keys and the rule for one', () => {
  const u = (month: string, keys: UnallocatedKeys['keys'], cents: number): UnallocatedKeys => ({
    month,
    provider: 'OpenAI',
    format: 'openai-costs',
    keys,
    cents,
    lines: 1,
  })

  it('sums a key over its months, largest spend first', () => {
    const rows = unallocatedRows([
      u('2026-01', [{ type: 'apiKey', value: 'key_legacy' }], 120),
      u('2026-02', [{ type: 'apiKey', value: 'key_legacy' }], 80),
      u(
        '2026-01',
        [
          { type: 'project', value: 'proj_new' },
          { type: 'apiKey', value: 'k2' },
        ],
        900,
      ),
    ])
    expect(rows.map((r) => [r.cents, r.months])).toEqual([
      [900, ['2026-01']],
      [200, ['2026-01', '2026-02']],
    ])
  })

  it('writes the rule on the most specific key: the project before the API key, all of it, open-ended', () => {
    const [row] = unallocatedRows([
      u(
        '2026-01',
        [
          { type: 'apiKey', value: 'k2' },
          { type: 'project', value: 'proj_new' },
        ],
        900,
      ),
    ])
    if (!row) throw new Error('no row')
    expect(ruleForKey(row, 'claims', 'rule-3')).toEqual({
      id: 'rule-3',
      source: 'openai-costs',
      keyType: 'project',
      pattern: 'proj_new',
      initiativeId: 'claims',
      sharePercent: 100,
      validFrom: null,
      validTo: null,
    })
    const [bare] = unallocatedRows([u('2026-01', [], 10)])
    if (!bare) throw new Error('no row')
    expect(ruleForKey(bare, 'claims', 'rule-1')).toBeNull()
  })

  it('gives a new rule an id not taken', () => {
    const taken = ['rule-1', 'rule-2', 'rule-3'].map((id) => ({
      id,
      source: 'any' as const,
      keyType: 'project' as const,
      pattern: id,
      initiativeId: 'x',
      sharePercent: 100,
      validFrom: null,
      validTo: null,
    }))
    expect(nextRuleId([])).toBe('rule-1')
    // rule-2 and rule-3 taken: the count + 1 (3) is taken, so 4.
    expect(nextRuleId(taken.slice(1))).toBe('rule-4')
  })
})

describe('the cost of record', () => {
  const pm = (patch: Partial<ProviderMonth>): ProviderMonth => ({
    month: '2026-01',
    provider: 'Anthropic',
    recordFormat: 'anthropic-cost',
    standing: 'record',
    cents: 134_633,
    estimateCents: 0,
    splitByTokenShare: false,
    ...patch,
  })

  it('names the source that counts, marks estimates, and says when gateway figures only split it', () => {
    const rows = recordRows([
      pm({ month: '2026-02', provider: 'OpenAI', recordFormat: 'litellm', standing: 'estimated' }),
      pm({ estimateCents: 82_305, splitByTokenShare: true }),
    ])
    expect(rows.map((r) => [r.month, r.provider, r.source, r.standing])).toEqual([
      ['2026-01', 'Anthropic', 'Anthropic cost report', 'record'],
      ['2026-02', 'OpenAI', 'LiteLLM spend logs', 'estimated'],
    ])
    expect(rows[0]?.note).toBe(
      'Gateway estimates only split it, never added. Part split by each key’s priced token share',
    )
    expect(rows[1]?.note).toBe('Estimated: no invoice-grade source for this month')
  })
})

describe('the months the grids show', () => {
  it('runs from the horizon’s start to the month under way, within the horizon', () => {
    expect(actualsMonths('2026-01', 36, '2026-12-08')).toHaveLength(12)
    expect(actualsMonths('2026-01', 36, '2026-12-08').at(-1)).toBe('2026-12')
    expect(actualsMonths('2027-01', 36, '2026-12-08')).toEqual(['2027-01'])
    expect(actualsMonths('2020-01', 12, '2026-12-08')).toHaveLength(12)
  })
})
