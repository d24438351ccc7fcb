import { useMemo } from 'react'
import { horizonMonthLabels } from '../../charts/options/monthAxis'
import { useAppStore } from '../../store'
import '../overview/views.css'
import { DetailCharts } from './DetailCharts'
import { DecisionLog } from './DecisionLog'
import { DetailKpis } from './DetailKpis'
import { FramingForm } from './FramingForm'
import { ModelMixSummary } from './ModelMixSummary'
import { StrategyPanel } from './StrategyPanel'
import { UnitEconomics } from './UnitEconomics'

/** One initiative: KPIs, its charts, its model mix and its ROI framing. */
export function InitiativeDetailView({ initiativeId }: { initiativeId?: string }) {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const results = useAppStore((s) => s.results)
  const selected = useAppStore((s) => s.selectedInitiativeId)
  const navigate = useAppStore((s) => s.navigate)
  const id = initiativeId ?? selected ?? portfolio?.initiatives[0]?.id ?? null
  const settings = portfolio?.settings
  const labels = useMemo(
    () => (settings && results ? horizonMonthLabels(settings.startMonth, results.months) : []),
    [settings, results],
  )

  if (!portfolio || !results || !settings) return <div className="view view__empty">Loading the portfolio…</div>
  const initiative = portfolio.initiatives.find((i) => i.id === id)
  const result = id ? results.byId.get(id) : undefined
  if (!initiative || !result) {
    return (
      <div className="view view__empty">
        {portfolio.initiatives.length === 0
          ? 'The portfolio has no initiatives yet; add one in the cost model.'
          : 'This initiative no longer exists.'}
        <div>
          <button type="button" className="btn" onClick={() => navigate('grid')}>
            Back to the cost model
          </button>
        </div>
      </div>
    )
  }
  const names = new Map(portfolio.priceBook.map((m) => [m.id, m.name]))

  return (
    <div className="view" data-view="initiative">
      <div className="view__header">
        <div>
          <h1 className="view__title">{initiative.name}</h1>
          <div className="view__subtitle">
            {initiative.governance.owner ? `Owner: ${initiative.governance.owner} · ` : ''}
            {`${labels[0] ?? ''} – ${labels[labels.length - 1] ?? ''}`}
          </div>
        </div>
        <div className="view__tools">
          <label className="view__subtitle" htmlFor="detail-picker">
            Initiative
          </label>
          <select
            id="detail-picker"
            className="input"
            value={initiative.id}
            onChange={(e) => navigate('initiative', e.currentTarget.value)}
          >
            {portfolio.initiatives.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
          <button type="button" className="btn" onClick={() => navigate('grid')}>
            Cost model
          </button>
        </div>
      </div>
      {result.unpricedModels.length > 0 ? (
        <div className="view-notice view-notice--warn" role="status">
          {`Unpriced: ${result.unpricedModels.map((m) => names.get(m) ?? m).join(', ')} has no price in some months; the inference cost of those months is not counted. Add a dated price in the price book.`}
        </div>
      ) : null}
      <DetailKpis result={result} labels={labels} currency={settings.currency} />
      <DetailCharts
        result={result}
        labels={labels}
        currency={settings.currency}
        outcomeName={initiative.value.outcomeName}
        aside={
          <div className="detail-aside">
            <UnitEconomics
              result={result}
              labels={labels}
              currency={settings.currency}
              outcomeName={initiative.value.outcomeName}
            />
            <ModelMixSummary initiative={initiative} priceBook={portfolio.priceBook} />
          </div>
        }
      />
      <FramingForm key={initiative.id} initiative={initiative} />
      <StrategyPanel key={`strategy-${initiative.id}`} initiative={initiative} />
      <DecisionLog
        initiative={initiative}
        result={result}
        labels={labels}
        startMonth={settings.startMonth}
        currency={settings.currency}
      />
    </div>
  )
}
