// @vitest-environment jsdom
/**
 * The fields each kind of lever shows, as a person sees them (labels, options, shown values), and
 * the lever each edit hands on: every kind, with its yearly and set/add variants.
 */
import { cleanup, fireEvent, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KindFields } from '../../../../renderer/src/features/scenarios/LeverKindFields'
import type { LeverContext } from '../../../../renderer/src/features/scenarios/leverContext'
import type { Lever } from '../../../../shared/model/scenario'
import { lever, type LeverDraft } from '../../scenarios/scenarioFixtures'

const ctx: LeverContext = {
  monthLabels: ['Jan 2027', 'Feb 2027'],
  models: [
    { id: 'big', name: 'Big', provider: 'Acme' },
    { id: 'small', name: 'Small', provider: 'Other' },
  ],
  initiatives: [],
}
const from0 = { kind: 'from' as const, month: 0 }

afterEach(cleanup)

function show(draft: LeverDraft) {
  const l = lever(draft)
  const onChange = vi.fn<(l: Lever) => void>()
  const { container } = render(<KindFields lever={l} ctx={ctx} onChange={onChange} />)
  const fields = [...container.querySelectorAll('.lever-field')].map((f) => {
    const label = f.querySelector('.lever-field__label')?.textContent ?? ''
    const select = f.querySelector('select')
    if (select) return `${label}: ${select.value} [${[...select.options].map((o) => o.text).join(' | ')}]`
    const unit = f.querySelector('.lever-field__unit')?.textContent ?? ''
    return `${label}: ${f.querySelector('input')?.value ?? ''}${unit}`
  })
  const select = (label: string, value: string) =>
    fireEvent.change(container.querySelector(`select[aria-label="${label}"]`) as Element, { target: { value } })
  const type = (label: string, text: string) => {
    const input = container.querySelector(`input[aria-label="${label}"]`) as Element
    fireEvent.change(input, { target: { value: text } })
    fireEvent.blur(input)
  }
  return { l, fields, onChange, select, type }
}

describe('lever fields by kind', () => {
  it('price: the target, then a provider or a model, and the change', () => {
    const all = show({ kind: 'price', timing: from0, target: { kind: 'all' }, amount: -0.5 })
    expect(all.fields).toEqual(['Prices of: all [All models | A provider | One model]', 'Change: -50%'])
    all.select('Prices of', 'provider')
    expect(all.onChange).toHaveBeenLastCalledWith({ ...all.l, target: { kind: 'provider', provider: 'Acme' } })
    all.select('Prices of', 'model')
    expect(all.onChange).toHaveBeenLastCalledWith({ ...all.l, target: { kind: 'model', modelId: 'big' } })
    all.type('Change', '-25')
    expect(all.onChange).toHaveBeenLastCalledWith({ ...all.l, amount: -0.25 })
    cleanup()

    const provider = show({
      kind: 'price',
      timing: { kind: 'yearly', fromMonth: 0 },
      target: { kind: 'provider', provider: 'Acme' },
      amount: 0.1,
    })
    expect(provider.fields).toEqual([
      'Prices of: provider [All models | A provider | One model]',
      'Provider: Acme [Acme | Other]',
      'Change per year: 10%',
    ])
    provider.select('Provider', 'Other')
    expect(provider.onChange).toHaveBeenLastCalledWith({
      ...provider.l,
      target: { kind: 'provider', provider: 'Other' },
    })
    cleanup()

    const model = show({ kind: 'price', timing: from0, target: { kind: 'model', modelId: 'big' }, amount: 0 })
    expect(model.fields[1]).toBe('Model: big [Acme · Big | Other · Small]')
    model.select('Model', 'small')
    expect(model.onChange).toHaveBeenLastCalledWith({ ...model.l, target: { kind: 'model', modelId: 'small' } })
  })

  it('routing: from (or every other model), to, and the share moved', () => {
    const r = show({ kind: 'routing', timing: from0, fromModelId: null, toModelId: 'small', share: 0.3 })
    expect(r.fields).toEqual([
      'Traffic from:  [Every other model | Acme · Big | Other · Small]',
      'To: small [Acme · Big | Other · Small]',
      'Share moved: 30%',
    ])
    r.select('Traffic from', 'big')
    expect(r.onChange).toHaveBeenLastCalledWith({ ...r.l, fromModelId: 'big' })
    r.select('To', 'big')
    expect(r.onChange).toHaveBeenLastCalledWith({ ...r.l, toModelId: 'big' })
    r.type('Share moved', '45')
    expect(r.onChange).toHaveBeenLastCalledWith({ ...r.l, share: 0.45 })
  })

  it('rate: which rate, add or set, and points (per year) or the rate', () => {
    const add = show({
      kind: 'rate',
      timing: { kind: 'yearly', fromMonth: 0 },
      rate: 'cacheHitRate',
      mode: 'add',
      amount: 0.05,
    })
    expect(add.fields).toEqual([
      'Rate: cacheHitRate [Cache hit rate | Batch share]',
      'How: add [Add points | Set to]',
      'Points per year: 5%',
    ])
    add.select('Rate', 'batchShare')
    expect(add.onChange).toHaveBeenLastCalledWith({ ...add.l, rate: 'batchShare' })
    add.select('How', 'set')
    expect(add.onChange).toHaveBeenLastCalledWith({ ...add.l, mode: 'set' })
    cleanup()
    const set = show({ kind: 'rate', timing: from0, rate: 'batchShare', mode: 'set', amount: 0.6 })
    expect(set.fields[2]).toBe('Rate: 60%')
    const points = show({ kind: 'rate', timing: from0, rate: 'batchShare', mode: 'add', amount: 0.1 })
    expect(points.fields[2]).toBe('Points: 10%')
  })

  it.each([
    [
      'tokens',
      { kind: 'tokens', timing: from0, tokens: 'input', amount: 0.2 },
      'Tokens: input [Input (prompt) | Output length]',
      ['Tokens', 'output', { tokens: 'output' }],
    ],
    [
      'volume',
      { kind: 'volume', timing: from0, volume: 'users', amount: 0.2 },
      'Volume: users [Active users | Queries per user]',
      ['Volume', 'queriesPerUser', { volume: 'queriesPerUser' }],
    ],
    [
      'cost',
      { kind: 'cost', timing: from0, driver: 'platform', amount: 0.2 },
      'Cost driver: platform [Engineering build | Integration upkeep | Platform & hosting | Data & tooling | Evaluation & safety | Risk & compliance | Human review | Shared cost pools]',
      ['Cost driver', 'data', { driver: 'data' }],
    ],
    [
      'value',
      { kind: 'value', timing: from0, value: 'valuePerOutcome', amount: 0.2 },
      'Value: valuePerOutcome [Outcomes per query | Value per outcome]',
      ['Value', 'outcomesPerQuery', { value: 'outcomesPerQuery' }],
    ],
  ] as const)('%s: what it changes and by how much', (_kind, draft, choice, [label, value, patch]) => {
    const f = show(draft as LeverDraft)
    expect(f.fields).toEqual([choice, 'Change: 20%'])
    f.select(label, value)
    expect(f.onChange).toHaveBeenLastCalledWith({ ...f.l, ...patch })
    f.type('Change', '-10')
    expect(f.onChange).toHaveBeenLastCalledWith({ ...f.l, amount: -0.1 })
  })

  it('ramp: which ramp and whole months, not a percentage', () => {
    const r = show({ kind: 'ramp', ramp: 'value', months: 3 })
    expect(r.fields).toEqual(['Ramp: value [Users ramp | Value realisation]', 'Months added: 3'])
    r.select('Ramp', 'users')
    expect(r.onChange).toHaveBeenLastCalledWith({ ...r.l, ramp: 'users' })
    r.type('Months added', '-2')
    expect(r.onChange).toHaveBeenLastCalledWith({ ...r.l, months: -2 })
  })

  it('discount rate: add points or set the annual rate', () => {
    const d = show({ kind: 'discountRate', mode: 'set', amount: 0.08 })
    expect(d.fields).toEqual(['How: set [Add points | Set to]', 'Annual rate: 8%'])
    d.select('How', 'add')
    expect(d.onChange).toHaveBeenLastCalledWith({ ...d.l, mode: 'add' })
    cleanup()
    expect(show({ kind: 'discountRate', mode: 'add', amount: 0.01 }).fields[1]).toBe('Points: 1%')
  })
})
