import type { SelectHTMLAttributes } from 'react'
import { BASELINE_NAME } from '../../../../shared/engine/scenarios'
import type { Scenario } from '../../../../shared/model/scenario'

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'>

/** Picks the case a view shows: the baseline (null) or one of the portfolio's scenarios. */
export function CaseSelect({
  scenarios,
  value,
  onChange,
  ...select
}: SelectProps & {
  scenarios: readonly Scenario[]
  value: string | null
  onChange: (scenarioId: string | null) => void
}) {
  return (
    <select
      {...select}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
    >
      <option value="">{BASELINE_NAME}</option>
      {scenarios.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  )
}
