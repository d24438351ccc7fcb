import type { ApiError } from '../../../../shared/api/result'
import { MAX_HORIZON_MONTHS, type PortfolioSettings } from '../../../../shared/model'
import { useAppStore } from '../../store'
import { BudgetFields } from './BudgetFields'
import { amountOrTyped, percentOrTyped } from '../../../../shared/imports/numberText'
import { formatAmountInput } from '../../format'
import { CommitField } from '../initiativeDetail/CommitField'

const pct = (ratio: number) => String(Number((ratio * 100).toFixed(6)))

/** Portfolio settings, each saved on commit with the API's message next to the field. */
export function SettingsEditor({ settings }: { settings: PortfolioSettings }) {
  const updateSettings = useAppStore((s) => s.updateSettings)
  const save = (patch: Partial<PortfolioSettings>): Promise<ApiError | null> => updateSettings(patch)
  // Values the API will reject are sent as typed so its message names the rule.
  const patch = (key: keyof PortfolioSettings) => (value: unknown) =>
    save({ [key]: value } as Partial<PortfolioSettings>)

  return (
    <section className="panel" aria-label="Portfolio settings">
      <h2 className="panel__title">Portfolio settings</h2>
      <div className="form-grid">
        <CommitField
          label="Name"
          field="name"
          kind={{ type: 'text' }}
          value={settings.name}
          parse={(t) => t}
          onCommit={patch('name')}
        />
        <CommitField
          label="Currency"
          field="currency"
          kind={{ type: 'text' }}
          value={settings.currency}
          parse={(t) => t.trim().toUpperCase()}
          onCommit={patch('currency')}
          hint="ISO code, e.g. USD, EUR"
        />
        <CommitField
          label="Start month"
          field="startMonth"
          kind={{ type: 'month' }}
          value={settings.startMonth}
          parse={(t) => t.trim()}
          onCommit={patch('startMonth')}
        />
        <CommitField
          label="Horizon"
          field="horizonMonths"
          kind={{ type: 'number', suffix: 'months' }}
          value={String(settings.horizonMonths)}
          parse={amountOrTyped}
          onCommit={patch('horizonMonths')}
          hint={`1 to ${String(MAX_HORIZON_MONTHS)} months`}
        />
        <CommitField
          label="Discount rate"
          field="discountRateAnnual"
          kind={{ type: 'number', suffix: '% per year' }}
          value={pct(settings.discountRateAnnual)}
          parse={percentOrTyped}
          onCommit={patch('discountRateAnnual')}
        />
        <CommitField
          label="Investment threshold"
          field="investmentThreshold"
          kind={{ type: 'number', suffix: settings.currency }}
          value={formatAmountInput(settings.investmentThreshold)}
          parse={amountOrTyped}
          onCommit={patch('investmentThreshold')}
          hint="Horizon cost above which an initiative needs full ROI framing"
        />
        <BudgetFields settings={settings} />
      </div>
    </section>
  )
}
