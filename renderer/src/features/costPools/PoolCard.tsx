import { useState } from 'react'
import type { ApiError } from '../../../../shared/api/result'
import { AllocationRule, type CostPool, type Initiative } from '../../../../shared/model'
import { useAppStore } from '../../store'
import { amountOrTyped } from '../../../../shared/imports/numberText'
import { formatAmountInput } from '../../format'
import { CommitField } from '../initiativeDetail/CommitField'
import { FixedSharesEditor } from './FixedSharesEditor'
import { normaliseShares, sharesFromDraft } from './sharesLogic'

const RULE_LABELS: Record<AllocationRule, string> = {
  inference: 'By share of inference cost',
  queries: 'By share of queries',
  even: 'Evenly over initiatives',
  fixed: 'Fixed percentages',
}

/** One pool: each field saved on commit; fixed shares edited and saved together. */
export function PoolCard({
  pool,
  initiatives,
  monthLabels,
  currency,
}: {
  pool: CostPool
  initiatives: readonly Initiative[]
  monthLabels: readonly string[]
  currency: string
}) {
  const upsertPool = useAppStore((s) => s.upsertPool)
  const deletePool = useAppStore((s) => s.deletePool)
  const [message, setMessage] = useState<string | null>(null)
  const save = (patch: Partial<CostPool>): Promise<ApiError | null> => upsertPool({ ...pool, ...patch })

  const changeRule = (rule: unknown): Promise<ApiError | null> => {
    const allocation = AllocationRule.safeParse(rule)
    if (!allocation.success) return save({ allocation: rule as AllocationRule })
    const sum = Object.values(pool.fixedShares).reduce((s, v) => s + v, 0)
    if (allocation.data === 'fixed' && Math.abs(sum - 1) > 1e-9 && initiatives.length > 0) {
      // Fixed needs shares that sum to 100%: start from an even split the user then adjusts.
      const even = normaliseShares(Object.fromEntries(initiatives.map((i) => [i.id, '1'])))
      return save({ allocation: 'fixed', fixedShares: sharesFromDraft(even) })
    }
    return save({ allocation: allocation.data })
  }

  return (
    <section className="panel" aria-label={`Cost pool ${pool.name}`}>
      <div className="pool-row">
        <CommitField
          label="Name"
          field="name"
          kind={{ type: 'text' }}
          value={pool.name}
          parse={(t) => t}
          onCommit={(v) => save({ name: v as string })}
        />
        <CommitField
          label="Monthly cost"
          field="monthlyCost"
          kind={{ type: 'number', suffix: currency }}
          value={formatAmountInput(pool.monthlyCost)}
          parse={amountOrTyped}
          // A value the schema refuses is sent as typed so the API's message names the rule.
          onCommit={(v) => save({ monthlyCost: v as number })}
        />
        <CommitField
          label="Starts in"
          field="startMonth"
          kind={{ type: 'select', options: monthLabels.map((l, t) => ({ value: String(t), label: l })) }}
          value={String(pool.startMonth)}
          parse={amountOrTyped}
          onCommit={(v) => save({ startMonth: v as number })}
        />
        <CommitField
          label="Allocation rule"
          field="allocation"
          kind={{ type: 'select', options: AllocationRule.options.map((r) => ({ value: r, label: RULE_LABELS[r] })) }}
          value={pool.allocation}
          parse={(t) => t}
          onCommit={changeRule}
        />
        <button
          type="button"
          className="btn btn--danger"
          onClick={() =>
            void deletePool(pool.id).then((error) => {
              setMessage(error ? error.message : null)
            })
          }
        >
          Delete pool
        </button>
      </div>
      {message ? (
        <div className="field__message" role="alert">
          {message}
        </div>
      ) : null}
      {pool.allocation === 'fixed' ? (
        <FixedSharesEditor
          key={JSON.stringify(pool.fixedShares)}
          pool={pool}
          initiatives={initiatives}
          onSave={upsertPool}
        />
      ) : null}
    </section>
  )
}
