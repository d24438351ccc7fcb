import { useMemo } from 'react'
import { EChart } from '../../charts/EChart'
import { costByDriverOption } from '../../charts/options/costByDriverOption'
import { horizonMonthLabels } from '../../charts/options/monthAxis'
import { useAppStore } from '../../store'
import { BudgetPanel } from './BudgetPanel'
import { DeckThemeEditor } from './DeckThemeEditor'
import { NO_UPDATE_ANIMATION } from './chartUpdates'
import { OverviewKpis } from './OverviewKpis'
import { portfolioSpendByYear } from './selectors'
import { SettingsEditor } from './SettingsEditor'
import { TopInitiatives } from './TopInitiatives'
import './views.css'

/** The portfolio at a glance: KPIs, cost by driver over time, budget, top initiatives, settings and the deck's theme. */
export function OverviewView() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const results = useAppStore((s) => s.results)
  const settings = portfolio?.settings
  const labels = useMemo(
    () => (settings && results ? horizonMonthLabels(settings.startMonth, results.months) : []),
    [settings, results],
  )
  const years = useMemo(() => (settings && results ? portfolioSpendByYear(results, settings) : []), [settings, results])
  const costOption = useMemo(
    () =>
      results && settings
        ? {
            ...costByDriverOption({
              labels,
              series: results.series,
              currency: settings.currency,
              withValue: true,
              shape: 'area',
            }),
            ...NO_UPDATE_ANIMATION,
          }
        : null,
    [labels, results, settings],
  )

  if (!portfolio || !results || !settings || !costOption)
    return <div className="view view__empty">Loading the portfolio…</div>
  const unpricedCount = results.initiatives.filter((r) => r.totals.unpriced).length

  return (
    <div className="view" data-view="overview">
      <div className="view__header">
        <div>
          <h1 className="view__title">{settings.name}</h1>
          <div className="view__subtitle">
            {`${String(portfolio.initiatives.length)} initiatives · ${labels[0] ?? ''} – ${labels[labels.length - 1] ?? ''} · ${settings.currency}`}
          </div>
        </div>
      </div>
      {unpricedCount > 0 ? (
        <div className="view-notice view-notice--warn" role="status">
          {`${String(unpricedCount)} initiative${unpricedCount > 1 ? 's use' : ' uses'} a model without a price in some months; those inference costs are not counted. See the price book.`}
        </div>
      ) : null}
      <OverviewKpis
        totals={results.totals}
        years={years}
        currency={settings.currency}
        firstMonthLabel={labels[0] ?? ''}
      />
      <div className="chart-grid">
        <EChart title="Portfolio cost by driver and value" option={costOption} height={414} />
        <BudgetPanel years={years} settings={settings} />
      </div>
      {portfolio.initiatives.length > 0 ? (
        <TopInitiatives initiatives={portfolio.initiatives} results={results} currency={settings.currency} />
      ) : (
        <div className="panel view__empty">No initiatives yet: add one in the cost model.</div>
      )}
      <SettingsEditor settings={settings} />
      <DeckThemeEditor settings={settings} />
    </div>
  )
}
