import { useMemo, useState } from 'react'
import { ACTUALS_FORMATS, ATTRIBUTION_KEY_TYPES, type AttributionKeyType } from '../../../../shared/actuals/line'
import type { ActualsSummary } from '../../../../shared/actuals/results'
import { AttributionRules, type AttributionRule } from '../../../../shared/actuals/stored'
import { formatIsoMonth } from '../../../../shared/display/dates'
import { parseAmount } from '../../../../shared/imports/numberText'
import { formatMoneyCents } from '../../format'
import { useAppStore } from '../../store'
import type { ActualsActions } from './actualsMutations'
import {
  formatLabel,
  fromCents,
  KEY_TYPE_LABELS,
  keyText,
  nextRuleId,
  plural,
  ruleForKey,
  unallocatedRows,
} from './actualsRows'

/** The first problem of a rules list, as the person reads it, or null when the list is valid. */
function rulesProblem(rules: AttributionRule[]): string | null {
  const v = AttributionRules.safeParse(rules)
  if (v.success) return null
  const issue = v.error.issues[0]
  if (!issue) return 'The rules are not valid.'
  const [index, field] = issue.path
  const rule = typeof index === 'number' ? rules[index] : undefined
  return rule ? `Rule “${rule.pattern}” · ${String(field ?? '')} ${issue.message}` : issue.message
}

/**
 * Attribution: the rules (source, key type, pattern, initiative, share, months) edited in place, each
 * change saved as one undo step, and the spend no rule attributes, kept visible with its keys so a
 * rule for it is one click away. Attribution is worked out from the stored lines each time, so a
 * new rule re-attributes at once, without importing again.
 */
export function RulesPanel({
  rules,
  summary,
  actions,
}: {
  rules: AttributionRule[]
  summary: ActualsSummary | null
  actions: ActualsActions
}) {
  const initiatives = useAppStore((s) => s.snapshot?.portfolio.initiatives ?? [])
  const [message, setMessage] = useState<string | null>(null)

  async function save(next: AttributionRule[], label: string): Promise<boolean> {
    const problem = rulesProblem(next)
    if (problem) {
      setMessage(`${problem}. Nothing was saved.`)
      return false
    }
    const r = await actions.saveRules(next, label)
    setMessage(r.ok ? null : `${r.error.message}. Nothing was saved.`)
    return r.ok
  }
  const edit = (id: string, patch: Partial<AttributionRule>) =>
    void save(
      rules.map((r) => (r.id === id ? { ...r, ...patch } : r)),
      'Edit an attribution rule',
    )

  return (
    <section className="panel actuals-panel" aria-label="Attribution rules">
      <p className="view__subtitle">
        A line goes to the initiative of the first rule whose source, key type and pattern match one of its keys (
        <code>*</code> stands for any text; case is ignored). Several rules of one pattern split it by their shares;
        what no rule takes stays Unallocated. A cost report without the key a rule needs is split by each key’s priced
        token share in the usage data of the same month.
      </p>
      {message ? (
        <div className="view-notice view-notice--error" role="alert" data-testid="actuals-rules-error">
          {message}
        </div>
      ) : null}
      <table className="table actuals-rules" data-testid="actuals-rules">
        <thead>
          <tr>
            <th>Source</th>
            <th>Key type</th>
            <th>Pattern</th>
            <th>Initiative</th>
            <th className="num">Share</th>
            <th>From</th>
            <th>To</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <RuleRow key={r.id} rule={r} initiatives={initiatives} onEdit={edit}>
              <button
                type="button"
                className="btn btn--small"
                aria-label={`Delete the rule for ${r.pattern}`}
                onClick={() =>
                  void save(
                    rules.filter((x) => x.id !== r.id),
                    'Delete an attribution rule',
                  )
                }
              >
                Delete
              </button>
            </RuleRow>
          ))}
        </tbody>
      </table>
      <NewRuleForm
        initiatives={initiatives}
        onAdd={(rule) => save([...rules, { ...rule, id: nextRuleId(rules) }], 'Add an attribution rule')}
      />
      <UnallocatedList
        summary={summary}
        initiatives={initiatives}
        onAdd={async (rule) =>
          save([...rules, { ...rule, id: nextRuleId(rules) }], 'Add a rule for an unallocated key')
        }
      />
    </section>
  )
}

interface InitiativeOption {
  id: string
  name: string
}

function RuleRow({
  rule,
  initiatives,
  onEdit,
  children,
}: {
  rule: AttributionRule
  initiatives: readonly InitiativeOption[]
  onEdit: (id: string, patch: Partial<AttributionRule>) => void
  children: React.ReactNode
}) {
  const month = (text: string): string | null => (/^\d{4}-\d{2}$/.test(text.trim()) ? text.trim() : null)
  return (
    <tr data-rule={rule.id}>
      <td>
        <select
          aria-label="Source"
          value={rule.source}
          onChange={(e) => onEdit(rule.id, { source: e.currentTarget.value as AttributionRule['source'] })}
        >
          <option value="any">{formatLabel('any')}</option>
          {ACTUALS_FORMATS.map((f) => (
            <option key={f} value={f}>
              {formatLabel(f)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label="Key type"
          value={rule.keyType}
          onChange={(e) => onEdit(rule.id, { keyType: e.currentTarget.value as AttributionKeyType })}
        >
          {ATTRIBUTION_KEY_TYPES.map((t) => (
            <option key={t} value={t}>
              {KEY_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label="Pattern"
          defaultValue={rule.pattern}
          onBlur={(e) => {
            if (e.currentTarget.value !== rule.pattern) onEdit(rule.id, { pattern: e.currentTarget.value })
          }}
        />
      </td>
      <td>
        <select
          aria-label="Initiative"
          value={rule.initiativeId}
          onChange={(e) => onEdit(rule.id, { initiativeId: e.currentTarget.value })}
        >
          {initiatives.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </td>
      <td className="num">
        <input
          className="actuals-share"
          aria-label="Share"
          defaultValue={`${String(rule.sharePercent)}%`}
          onBlur={(e) => {
            const read = parseAmount(e.currentTarget.value.replace(/%\s*$/, ''))
            if (read.ok && read.value !== rule.sharePercent) onEdit(rule.id, { sharePercent: read.value })
          }}
        />
      </td>
      <td>
        <input
          className="actuals-month"
          aria-label="Valid from"
          placeholder="always"
          defaultValue={rule.validFrom ?? ''}
          onBlur={(e) => {
            const next = month(e.currentTarget.value)
            if (next !== rule.validFrom) onEdit(rule.id, { validFrom: next })
          }}
        />
      </td>
      <td>
        <input
          className="actuals-month"
          aria-label="Valid to"
          placeholder="open"
          defaultValue={rule.validTo ?? ''}
          onBlur={(e) => {
            const next = month(e.currentTarget.value)
            if (next !== rule.validTo) onEdit(rule.id, { validTo: next })
          }}
        />
      </td>
      <td>{children}</td>
    </tr>
  )
}

function NewRuleForm({
  initiatives,
  onAdd,
}: {
  initiatives: readonly InitiativeOption[]
  onAdd: (rule: Omit<AttributionRule, 'id'>) => Promise<boolean>
}) {
  const [keyType, setKeyType] = useState<AttributionKeyType>('project')
  const [pattern, setPattern] = useState('')
  const [initiativeId, setInitiativeId] = useState(initiatives[0]?.id ?? '')
  return (
    <form
      className="actuals-new-rule"
      aria-label="New rule"
      onSubmit={(e) => {
        e.preventDefault()
        void onAdd({
          source: 'any',
          keyType,
          pattern,
          initiativeId,
          sharePercent: 100,
          validFrom: null,
          validTo: null,
        }).then((ok) => {
          if (ok) setPattern('')
        })
      }}
    >
      <span>New rule: lines with a</span>
      <select
        aria-label="New rule key type"
        value={keyType}
        onChange={(e) => setKeyType(e.currentTarget.value as AttributionKeyType)}
      >
        {ATTRIBUTION_KEY_TYPES.map((t) => (
          <option key={t} value={t}>
            {KEY_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <span>matching</span>
      <input
        aria-label="New rule pattern"
        value={pattern}
        placeholder="proj_* or a key"
        onChange={(e) => setPattern(e.currentTarget.value)}
      />
      <span>go to</span>
      <select
        aria-label="New rule initiative"
        value={initiativeId}
        onChange={(e) => setInitiativeId(e.currentTarget.value)}
      >
        {initiatives.map((i) => (
          <option key={i.id} value={i.id}>
            {i.name}
          </option>
        ))}
      </select>
      <button type="submit" className="btn" disabled={pattern.trim() === ''}>
        Add rule
      </button>
    </form>
  )
}

function UnallocatedList({
  summary,
  initiatives,
  onAdd,
}: {
  summary: ActualsSummary | null
  initiatives: readonly InitiativeOption[]
  onAdd: (rule: Omit<AttributionRule, 'id'>) => Promise<boolean>
}) {
  const rows = useMemo(() => unallocatedRows(summary?.unallocated ?? []), [summary])
  const [targets, setTargets] = useState<Readonly<Record<string, string>>>({})
  const money = (cents: number) => formatMoneyCents(fromCents(cents), summary?.currency ?? 'USD')
  const total = rows.reduce((s, r) => s + r.cents, 0)
  return (
    <div className="actuals-unallocated-list" data-testid="actuals-unallocated">
      <h3>
        Unallocated: {money(total)} in {plural(rows.length, 'key')}
      </h3>
      {rows.length === 0 ? (
        <p className="view__subtitle">Every imported cost is attributed to an initiative.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Source</th>
              <th>Keys</th>
              <th>Months</th>
              <th className="num">Cost</th>
              <th>Attribute to</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const target = targets[r.id] ?? initiatives[0]?.id ?? ''
              const rule = ruleForKey(r, target, 'draft')
              return (
                <tr key={r.id} data-unallocated={r.id}>
                  <td>
                    {formatLabel(r.format)}
                    <span className="actuals-source-provider">{r.provider}</span>
                  </td>
                  <td>{r.keys.length === 0 ? <em>no key in the source</em> : r.keys.map(keyText).join(', ')}</td>
                  <td>
                    {formatIsoMonth(r.months[0] ?? '')}
                    {r.months.length > 1 ? ` – ${formatIsoMonth(r.months.at(-1) ?? '')}` : ''}
                  </td>
                  <td className="num">{money(r.cents)}</td>
                  <td className="actuals-attribute">
                    <select
                      aria-label={`Initiative for ${r.keys.map(keyText).join(', ') || r.provider}`}
                      value={target}
                      disabled={!rule}
                      onChange={(e) => {
                        const value = e.currentTarget.value
                        setTargets((t) => ({ ...t, [r.id]: value }))
                      }}
                    >
                      {initiatives.map((i) => (
                        <option key={i.id} value={i.id}>
                          {i.name}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={!rule}
                      title={rule ? `${KEY_TYPE_LABELS[rule.keyType]} ${rule.pattern}` : 'No key to match'}
                      onClick={() => {
                        if (rule) void onAdd(rule)
                      }}
                    >
                      Add a rule for this key
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}
