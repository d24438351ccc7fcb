import { DRIVER_LABELS } from '../../../../shared/engine/types'
import { COST_LEVER_DRIVERS, type Lever } from '../../../../shared/model/scenario'
import { NumberField, SelectField } from './fields'
import type { LeverContext } from './leverContext'

// What each kind of lever chooses between, in the order shown.
const PRICE_TARGETS = [
  { value: 'all', label: 'All models' },
  { value: 'provider', label: 'A provider' },
  { value: 'model', label: 'One model' },
] as const
const RATES = [
  { value: 'cacheHitRate', label: 'Cache hit rate' },
  { value: 'batchShare', label: 'Batch share' },
] as const
const ADD_OR_SET = [
  { value: 'add', label: 'Add points' },
  { value: 'set', label: 'Set to' },
] as const
const TOKENS = [
  { value: 'input', label: 'Input (prompt)' },
  { value: 'output', label: 'Output length' },
] as const
const VOLUMES = [
  { value: 'users', label: 'Active users' },
  { value: 'queriesPerUser', label: 'Queries per user' },
] as const
const COST_DRIVERS = COST_LEVER_DRIVERS.map((d) => ({ value: d, label: DRIVER_LABELS[d] }))
const VALUES = [
  { value: 'outcomesPerQuery', label: 'Outcomes per query' },
  { value: 'valuePerOutcome', label: 'Value per outcome' },
] as const
const RAMPS = [
  { value: 'users', label: 'Users ramp' },
  { value: 'value', label: 'Value realisation' },
] as const

/** The lever's `amount` (a relative change, or rate points), typed as a percentage. */
function AmountField<L extends Lever & { amount: number }>(props: { label: string; lever: L; onChange(l: L): void }) {
  const { label, lever, onChange } = props
  return (
    <NumberField label={label} percent value={lever.amount} onCommit={(amount) => onChange({ ...lever, amount })} />
  )
}

/** The fields only one kind of lever has: what it changes and by how much. */
export function KindFields({ lever, ctx, onChange }: { lever: Lever; ctx: LeverContext; onChange(l: Lever): void }) {
  const modelOptions = ctx.models.map((m) => ({ value: m.id, label: `${m.provider} · ${m.name}` }))
  const yearly = 'timing' in lever && lever.timing.kind === 'yearly'
  const change = yearly ? 'Change per year' : 'Change'
  switch (lever.kind) {
    case 'price': {
      const providers = [...new Set(ctx.models.map((m) => m.provider))]
      const t = lever.target
      return (
        <>
          <SelectField
            label="Prices of"
            value={t.kind}
            options={PRICE_TARGETS}
            onChange={(k) =>
              onChange({
                ...lever,
                target:
                  k === 'all'
                    ? { kind: k }
                    : k === 'provider'
                      ? { kind: k, provider: providers[0] ?? '' }
                      : { kind: k, modelId: ctx.models[0]?.id ?? '' },
              })
            }
          />
          {t.kind === 'provider' ? (
            <SelectField
              label="Provider"
              value={t.provider}
              options={providers.map((p) => ({ value: p, label: p }))}
              onChange={(p) => onChange({ ...lever, target: { ...t, provider: p } })}
            />
          ) : null}
          {t.kind === 'model' ? (
            <SelectField
              label="Model"
              value={t.modelId}
              options={modelOptions}
              onChange={(m) => onChange({ ...lever, target: { ...t, modelId: m } })}
            />
          ) : null}
          <AmountField label={change} lever={lever} onChange={onChange} />
        </>
      )
    }
    case 'routing':
      return (
        <>
          <SelectField
            label="Traffic from"
            value={lever.fromModelId ?? ''}
            options={[{ value: '', label: 'Every other model' }, ...modelOptions]}
            onChange={(m) => onChange({ ...lever, fromModelId: m === '' ? null : m })}
          />
          <SelectField
            label="To"
            value={lever.toModelId}
            options={modelOptions}
            onChange={(m) => onChange({ ...lever, toModelId: m })}
          />
          <NumberField
            label="Share moved"
            percent
            value={lever.share}
            onCommit={(share) => onChange({ ...lever, share })}
          />
        </>
      )
    case 'rate':
      return (
        <>
          <SelectField
            label="Rate"
            value={lever.rate}
            options={RATES}
            onChange={(rate) => onChange({ ...lever, rate })}
          />
          <SelectField
            label="How"
            value={lever.mode}
            options={ADD_OR_SET}
            onChange={(mode) => onChange({ ...lever, mode })}
          />
          <AmountField
            label={lever.mode === 'set' ? 'Rate' : yearly ? 'Points per year' : 'Points'}
            lever={lever}
            onChange={onChange}
          />
        </>
      )
    case 'tokens':
      return (
        <>
          <SelectField
            label="Tokens"
            value={lever.tokens}
            options={TOKENS}
            onChange={(tokens) => onChange({ ...lever, tokens })}
          />
          <AmountField label={change} lever={lever} onChange={onChange} />
        </>
      )
    case 'volume':
      return (
        <>
          <SelectField
            label="Volume"
            value={lever.volume}
            options={VOLUMES}
            onChange={(volume) => onChange({ ...lever, volume })}
          />
          <AmountField label={change} lever={lever} onChange={onChange} />
        </>
      )
    case 'cost':
      return (
        <>
          <SelectField
            label="Cost driver"
            value={lever.driver}
            options={COST_DRIVERS}
            onChange={(driver) => onChange({ ...lever, driver })}
          />
          <AmountField label={change} lever={lever} onChange={onChange} />
        </>
      )
    case 'value':
      return (
        <>
          <SelectField
            label="Value"
            value={lever.value}
            options={VALUES}
            onChange={(value) => onChange({ ...lever, value })}
          />
          <AmountField label={change} lever={lever} onChange={onChange} />
        </>
      )
    case 'ramp':
      return (
        <>
          <SelectField
            label="Ramp"
            value={lever.ramp}
            options={RAMPS}
            onChange={(ramp) => onChange({ ...lever, ramp })}
          />
          <NumberField
            label="Months added"
            value={lever.months}
            onCommit={(months) => onChange({ ...lever, months })}
          />
        </>
      )
    case 'discountRate':
      return (
        <>
          <SelectField
            label="How"
            value={lever.mode}
            options={ADD_OR_SET}
            onChange={(mode) => onChange({ ...lever, mode })}
          />
          <AmountField label={lever.mode === 'set' ? 'Annual rate' : 'Points'} lever={lever} onChange={onChange} />
        </>
      )
  }
}
