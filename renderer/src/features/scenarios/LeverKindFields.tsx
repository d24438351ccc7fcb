import { DRIVER_LABELS } from '../../../../shared/engine/types'
import { COST_LEVER_DRIVERS, type Lever } from '../../../../shared/model/scenario'
import { NumberField, SelectField } from './fields'
import type { LeverContext } from './leverContext'

/** The fields only one kind of lever has: what it changes and by how much. */
export function KindFields({ lever, ctx, onChange }: { lever: Lever; ctx: LeverContext; onChange(l: Lever): void }) {
  const modelOptions = ctx.models.map((m) => ({ value: m.id, label: `${m.provider} · ${m.name}` }))
  const yearly = 'timing' in lever && lever.timing.kind === 'yearly'
  const amountLabel = yearly ? 'Change per year' : 'Change'
  switch (lever.kind) {
    case 'price': {
      const providers = [...new Set(ctx.models.map((m) => m.provider))]
      const t = lever.target
      return (
        <>
          <SelectField
            label="Prices of"
            value={t.kind}
            options={[
              { value: 'all', label: 'All models' },
              { value: 'provider', label: 'A provider' },
              { value: 'model', label: 'One model' },
            ]}
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
          <NumberField
            label={amountLabel}
            percent
            value={lever.amount}
            onCommit={(amount) => onChange({ ...lever, amount })}
          />
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
            options={[
              { value: 'cacheHitRate', label: 'Cache hit rate' },
              { value: 'batchShare', label: 'Batch share' },
            ]}
            onChange={(rate) => onChange({ ...lever, rate })}
          />
          <SelectField
            label="How"
            value={lever.mode}
            options={[
              { value: 'add', label: 'Add points' },
              { value: 'set', label: 'Set to' },
            ]}
            onChange={(mode) => onChange({ ...lever, mode })}
          />
          <NumberField
            label={lever.mode === 'set' ? 'Rate' : yearly ? 'Points per year' : 'Points'}
            percent
            value={lever.amount}
            onCommit={(amount) => onChange({ ...lever, amount })}
          />
        </>
      )
    case 'tokens':
      return (
        <>
          <SelectField
            label="Tokens"
            value={lever.tokens}
            options={[
              { value: 'input', label: 'Input (prompt)' },
              { value: 'output', label: 'Output length' },
            ]}
            onChange={(tokens) => onChange({ ...lever, tokens })}
          />
          <NumberField
            label={amountLabel}
            percent
            value={lever.amount}
            onCommit={(amount) => onChange({ ...lever, amount })}
          />
        </>
      )
    case 'volume':
      return (
        <>
          <SelectField
            label="Volume"
            value={lever.volume}
            options={[
              { value: 'users', label: 'Active users' },
              { value: 'queriesPerUser', label: 'Queries per user' },
            ]}
            onChange={(volume) => onChange({ ...lever, volume })}
          />
          <NumberField
            label={amountLabel}
            percent
            value={lever.amount}
            onCommit={(amount) => onChange({ ...lever, amount })}
          />
        </>
      )
    case 'cost':
      return (
        <>
          <SelectField
            label="Cost driver"
            value={lever.driver}
            options={COST_LEVER_DRIVERS.map((d) => ({ value: d, label: DRIVER_LABELS[d] }))}
            onChange={(driver) => onChange({ ...lever, driver })}
          />
          <NumberField
            label={amountLabel}
            percent
            value={lever.amount}
            onCommit={(amount) => onChange({ ...lever, amount })}
          />
        </>
      )
    case 'value':
      return (
        <>
          <SelectField
            label="Value"
            value={lever.value}
            options={[
              { value: 'outcomesPerQuery', label: 'Outcomes per query' },
              { value: 'valuePerOutcome', label: 'Value per outcome' },
            ]}
            onChange={(value) => onChange({ ...lever, value })}
          />
          <NumberField
            label={amountLabel}
            percent
            value={lever.amount}
            onCommit={(amount) => onChange({ ...lever, amount })}
          />
        </>
      )
    case 'ramp':
      return (
        <>
          <SelectField
            label="Ramp"
            value={lever.ramp}
            options={[
              { value: 'users', label: 'Users ramp' },
              { value: 'value', label: 'Value realisation' },
            ]}
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
            options={[
              { value: 'add', label: 'Add points' },
              { value: 'set', label: 'Set to' },
            ]}
            onChange={(mode) => onChange({ ...lever, mode })}
          />
          <NumberField
            label={lever.mode === 'set' ? 'Annual rate' : 'Points'}
            percent
            value={lever.amount}
            onCommit={(amount) => onChange({ ...lever, amount })}
          />
        </>
      )
  }
}

/** One lever: on/off, what it changes, its scope and its timing. Every change is saved at once. */
