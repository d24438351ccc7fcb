/* Where a lever applies (scope) and when (timing): the fields every timed lever shares. */
import { STAGES, VALUE_TYPES } from '../../../../shared/model/categories'
import type { LeverScope, LeverTiming } from '../../../../shared/model/scenario'
import { monthOptions, SelectField } from './fields'
import type { LeverContext } from './leverContext'

const VALUE_TYPE_LABELS: Record<(typeof VALUE_TYPES)[number], string> = {
  revenue: 'Revenue',
  cost_savings: 'Cost savings',
  strategic: 'Strategic',
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

export function ScopeFields({
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

export function TimingFields({
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
