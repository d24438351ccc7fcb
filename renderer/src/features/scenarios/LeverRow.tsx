import {
  COST_LEVER_DRIVERS,
  LEVER_LABELS,
  type Lever,
  type LeverScope,
  type LeverTiming,
} from '../../../../shared/model/scenario'
import { STAGES, VALUE_TYPES } from '../../../../shared/model/categories'
import { DRIVER_LABELS } from '../../../../shared/engine/types'
import { monthOptions, NumberField, SelectField } from './fields'

const VALUE_TYPE_LABELS: Record<(typeof VALUE_TYPES)[number], string> = {
  revenue: 'Revenue',
  cost_savings: 'Cost savings',
  strategic: 'Strategic',
}

export interface LeverContext {
  monthLabels: readonly string[]
  models: readonly { id: string; name: string; provider: string }[]
  initiatives: readonly { id: string; name: string }[]
}

interface Props {
  lever: Lever
  index: number
  ctx: LeverContext
  issues: readonly string[]
  onChange(next: Lever): void
  onRemove(): void
}

const SCOPES = [
  { value: 'portfolio', label: 'Whole portfolio' },
  { value: 'initiatives', label: 'Chosen initiatives' },
  { value: 'stage', label: 'Initiatives of a stage' },
  { value: 'valueType', label: 'Initiatives of a value type' },
] as const

function scopeOf(kind: LeverScope['kind'], ctx: LeverContext): LeverScope {
  switch (kind) {
    case 'portfolio':
      return { kind }
    case 'initiatives':
      return { kind, ids: ctx.initiatives.slice(0, 1).map((i) => i.id) }
    case 'stage':
      return { kind, stages: ['pilot'] }
    case 'valueType':
      return { kind, valueTypes: ['cost_savings'] }
  }
}

function timingOf(kind: LeverTiming['kind'], old: LeverTiming): LeverTiming {
  const start = old.kind === 'from' ? old.month : old.fromMonth
  if (kind === 'from') return { kind, month: start }
  if (kind === 'yearly') return { kind, fromMonth: start }
  return { kind, fromMonth: start, toMonth: start + 12 }
}

function Multi({
  label,
  options,
  values,
  onChange,
}: {
  label: string
  options: readonly { value: string; label: string }[]
  values: readonly string[]
  onChange(v: string[]): void
}) {
  return (
    <fieldset className="lever-multi">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            checked={values.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}

function ScopeFields({
  scope,
  ctx,
  onChange,
}: {
  scope: LeverScope
  ctx: LeverContext
  onChange(s: LeverScope): void
}) {
  return (
    <>
      <SelectField label="Scope" value={scope.kind} options={SCOPES} onChange={(k) => onChange(scopeOf(k, ctx))} />
      {scope.kind === 'initiatives' ? (
        <Multi
          label="Initiatives"
          options={ctx.initiatives.map((i) => ({ value: i.id, label: i.name }))}
          values={scope.ids}
          onChange={(ids) => onChange({ ...scope, ids })}
        />
      ) : null}
      {scope.kind === 'stage' ? (
        <Multi
          label="Stages"
          options={STAGES.map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) }))}
          values={scope.stages}
          onChange={(v) => onChange({ ...scope, stages: v as typeof scope.stages })}
        />
      ) : null}
      {scope.kind === 'valueType' ? (
        <Multi
          label="Value types"
          options={VALUE_TYPES.map((s) => ({ value: s, label: VALUE_TYPE_LABELS[s] }))}
          values={scope.valueTypes}
          onChange={(v) => onChange({ ...scope, valueTypes: v as typeof scope.valueTypes })}
        />
      ) : null}
    </>
  )
}

function TimingFields({
  timing,
  ctx,
  onChange,
}: {
  timing: LeverTiming
  ctx: LeverContext
  onChange(t: LeverTiming): void
}) {
  const months = monthOptions(ctx.monthLabels)
  const kinds = [
    { value: 'from', label: 'From a month' },
    { value: 'linear', label: 'Linear curve' },
    { value: 'yearly', label: 'Yearly rate' },
  ] as const
  return (
    <>
      <SelectField label="Timing" value={timing.kind} options={kinds} onChange={(k) => onChange(timingOf(k, timing))} />
      {timing.kind === 'from' ? (
        <SelectField
          label="From"
          value={String(timing.month)}
          options={months}
          onChange={(m) => onChange({ ...timing, month: Number(m) })}
        />
      ) : null}
      {timing.kind !== 'from' ? (
        <SelectField
          label="From"
          value={String(timing.fromMonth)}
          options={months}
          onChange={(m) => onChange({ ...timing, fromMonth: Number(m) })}
        />
      ) : null}
      {timing.kind === 'linear' ? (
        <SelectField
          label="Full effect at"
          value={String(timing.toMonth)}
          options={months}
          onChange={(m) => onChange({ ...timing, toMonth: Number(m) })}
        />
      ) : null}
    </>
  )
}

/** The fields only a kind of lever has. */
function KindFields({ lever, ctx, onChange }: { lever: Lever; ctx: LeverContext; onChange(l: Lever): void }) {
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
export function LeverRow({ lever, index, ctx, issues, onChange, onRemove }: Props) {
  return (
    <li className={`lever${lever.enabled ? '' : ' is-off'}`} data-lever-kind={lever.kind}>
      <div className="lever__head">
        <label className="lever__toggle">
          <input
            type="checkbox"
            checked={lever.enabled}
            onChange={(e) => onChange({ ...lever, enabled: e.target.checked })}
            aria-label={`Lever ${index + 1} on`}
          />
          <strong>{`${index + 1}. ${LEVER_LABELS[lever.kind]}`}</strong>
        </label>
        <button type="button" className="btn btn--link" onClick={onRemove} aria-label={`Remove lever ${index + 1}`}>
          Remove
        </button>
      </div>
      <div className="lever__fields">
        <KindFields lever={lever} ctx={ctx} onChange={onChange} />
        {'timing' in lever ? (
          <TimingFields
            timing={lever.timing}
            ctx={ctx}
            onChange={(timing) => onChange({ ...lever, timing } as Lever)}
          />
        ) : null}
        {lever.kind !== 'discountRate' ? (
          <ScopeFields scope={lever.scope} ctx={ctx} onChange={(scope) => onChange({ ...lever, scope })} />
        ) : null}
      </div>
      {issues.map((m) => (
        <div key={m} className="lever__issue" role="alert">
          {m}
        </div>
      ))}
    </li>
  )
}
