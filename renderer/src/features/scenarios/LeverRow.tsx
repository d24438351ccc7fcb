import { LEVER_LABELS, type Lever } from '../../../../shared/model/scenario'
import type { LeverContext } from './leverContext'
import { KindFields } from './LeverKindFields'
import { ScopeFields, TimingFields } from './LeverScopeTiming'

export type { LeverContext } from './leverContext'

interface Props {
  lever: Lever
  index: number
  ctx: LeverContext
  issues: readonly string[]
  onChange(next: Lever): void
  onRemove(): void
}

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
      </div>
      <div className="lever__fields lever__fields--when">
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
