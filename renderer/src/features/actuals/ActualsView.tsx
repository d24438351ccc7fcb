import { useMemo, useState } from 'react'
import { api } from '../../api'
import { useToday } from '../../app/useToday'
import { useAppStore } from '../../store'
import '../exportImport/exportImport.css'
import '../priceBook/priceUpdate.css'
import '../overview/views.css'
import { actualsActions } from './actualsMutations'
import { actualsMonths, fromCents } from './actualsRows'
import { AmountsPanel } from './AmountsPanel'
import { CostOfRecordPanel } from './CostOfRecordPanel'
import { ImportPanel } from './ImportPanel'
import { OutcomesPanel } from './OutcomesPanel'
import { RulesPanel } from './RulesPanel'
import { useActualsImport } from './useActualsImport'
import { useActualsRead } from './useActualsData'
import { formatMoneyCents } from '../../format'
import './actuals.css'

const TABS = [
  { id: 'import', label: 'Import' },
  { id: 'rules', label: 'Attribution' },
  { id: 'amounts', label: 'Other costs' },
  { id: 'outcomes', label: 'Outcomes' },
  { id: 'record', label: 'Cost of record' },
] as const
type Tab = (typeof TABS)[number]['id']

/** Actuals: what was really used, spent and achieved, imported from exports or typed, and attributed. */
export function ActualsView() {
  const settings = useAppStore((s) => s.snapshot?.portfolio.settings ?? null)
  const today = useToday()
  const [tab, setTab] = useState<Tab>('import')
  const importState = useActualsImport()
  const actions = useMemo(() => actualsActions(api, useAppStore.getState), [])
  const summary = useActualsRead('actuals:summary', {})
  const rules = useActualsRead('actuals:rules', {})
  const amounts = useActualsRead('actuals:amounts', {})
  const outcomes = useActualsRead('actuals:outcomes', {})
  if (!settings) return null
  const months = actualsMonths(settings.startMonth, settings.horizonMonths, today)
  const attributed = (summary.data?.costs ?? []).reduce((s, c) => s + (c.initiativeId === null ? 0 : c.cents), 0)
  const unallocated = (summary.data?.unallocated ?? []).reduce((s, u) => s + u.cents, 0)
  const error = summary.error ?? rules.error ?? amounts.error ?? outcomes.error
  return (
    <div className="view actuals-view" data-view="actuals">
      <div className="view__header">
        <div>
          <h1>Actuals</h1>
          <div className="view__subtitle" data-testid="actuals-headline">
            {formatMoneyCents(fromCents(attributed), settings.currency)} attributed to initiatives ·{' '}
            {formatMoneyCents(fromCents(unallocated), settings.currency)} unallocated
          </div>
        </div>
      </div>
      <div className="actuals-tabs" role="tablist" aria-label="Actuals">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={`actuals-tab${tab === t.id ? ' actuals-tab--on' : ''}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {error ? (
        <div className="view-notice view-notice--error" role="alert">
          {`The actuals could not be read: ${error}`}
        </div>
      ) : null}
      {tab === 'import' ? <ImportPanel state={importState} currency={settings.currency} /> : null}
      {tab === 'rules' ? <RulesPanel rules={rules.data ?? []} summary={summary.data} actions={actions} /> : null}
      {tab === 'amounts' ? (
        <AmountsPanel amounts={amounts.data ?? []} months={months} currency={settings.currency} actions={actions} />
      ) : null}
      {tab === 'outcomes' ? (
        <OutcomesPanel outcomes={outcomes.data ?? []} months={months} currency={settings.currency} actions={actions} />
      ) : null}
      {tab === 'record' && summary.data ? <CostOfRecordPanel summary={summary.data} /> : null}
    </div>
  )
}
