import { useMemo, useState } from 'react'
import type { CostPool } from '../../../../shared/model'
import { horizonMonthLabels } from '../../charts/options/monthAxis'
import { useAppStore } from '../../store'
import '../initiativeDetail/forms.css'
import '../overview/views.css'
import { AllocationPanel } from './AllocationPanel'
import { PoolCard } from './PoolCard'

function newPool(taken: ReadonlySet<string>): CostPool {
  let n = taken.size + 1
  while (taken.has(`pool-${String(n)}`)) n++
  return {
    id: `pool-${String(n)}`,
    name: `New cost pool ${String(n)}`,
    monthlyCost: 0,
    startMonth: 0,
    allocation: 'even',
    fixedShares: {},
  }
}

/** Shared cost pools, their allocation rules, and what each initiative carries as a result. */
export function CostPoolsView() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const results = useAppStore((s) => s.results)
  const upsertPool = useAppStore((s) => s.upsertPool)
  const [message, setMessage] = useState<string | null>(null)
  const settings = portfolio?.settings
  const labels = useMemo(
    () => (settings && results ? horizonMonthLabels(settings.startMonth, results.months) : []),
    [settings, results],
  )

  if (!portfolio || !results || !settings) return <div className="view view__empty">Loading the portfolio…</div>
  const add = async () => {
    const error = await upsertPool(newPool(new Set(portfolio.costPools.map((p) => p.id))))
    setMessage(error ? error.message : null)
  }

  return (
    <div className="view" data-view="costPools">
      <div className="view__header">
        <div>
          <h1 className="view__title">Shared cost pools</h1>
          <div className="view__subtitle">
            Portfolio-level monthly costs (platform team, gateway, evaluation cluster) allocated to initiatives each
            month.
          </div>
        </div>
        <button type="button" className="btn btn--primary" onClick={() => void add()}>
          Add cost pool
        </button>
      </div>
      {message ? (
        <div className="view-notice view-notice--error" role="alert">
          {message}
        </div>
      ) : null}
      {portfolio.costPools.length === 0 ? (
        <div className="panel view__empty">
          No shared cost pools. Add one to spread a platform cost over the initiatives.
        </div>
      ) : null}
      {portfolio.costPools.map((pool) => (
        <PoolCard
          key={pool.id}
          pool={pool}
          initiatives={portfolio.initiatives}
          monthLabels={labels}
          currency={settings.currency}
        />
      ))}
      {portfolio.costPools.length > 0 ? (
        <AllocationPanel
          initiatives={portfolio.initiatives}
          results={results}
          labels={labels}
          currency={settings.currency}
        />
      ) : null}
    </div>
  )
}
