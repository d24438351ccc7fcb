import type { ApiError } from '../../../../shared/api/result'
import type { PortfolioSettings } from '../../../../shared/model'
import { useAppStore } from '../../store'
import { amountOrTyped, percentOrTyped } from '../../../../shared/imports/numberText'
import { formatAmountInput } from '../../format'
import { CommitField } from '../initiativeDetail/CommitField'

const pct = (ratio: number) => String(Number((ratio * 100).toFixed(6)))

/**
 * The annual budget and the experimentation reserve, saved with the undoable settings command;
 * the API's message appears next to a refused entry. The overview's settings and the budget view
 * both place these fields.
 */
export function BudgetFields({ settings }: { settings: PortfolioSettings }) {
  const updateSettings = useAppStore((s) => s.updateSettings)
  const save = (patch: Partial<PortfolioSettings>): Promise<ApiError | null> => updateSettings(patch)
  const reserve = settings.experimentationReserve
  return (
    <>
      <CommitField
        label="Annual budget"
        field="annualBudget"
        kind={{ type: 'number', suffix: settings.currency }}
        value={settings.annualBudget === null ? '' : formatAmountInput(settings.annualBudget)}
        parse={(t) => (t.trim() === '' ? null : amountOrTyped(t))}
        onCommit={(value) => save({ annualBudget: value as number | null })}
        hint="Empty means no budget"
      />
      <CommitField
        label="Experimentation reserve as"
        field="experimentationReserve.kind"
        kind={{
          type: 'select',
          options: [
            { value: 'share', label: 'Share of the budget' },
            { value: 'amount', label: 'Amount per year' },
          ],
        }}
        value={reserve.kind}
        parse={(t) => t}
        // Switching the kind resets the value: 20% of the budget is not 20 currency units.
        onCommit={(kind) =>
          save({ experimentationReserve: { kind: kind === 'amount' ? 'amount' : 'share', value: 0 } })
        }
      />
      <CommitField
        label="Experimentation reserve"
        field="experimentationReserve.value"
        kind={{ type: 'number', suffix: reserve.kind === 'share' ? '% of budget' : `${settings.currency} per year` }}
        value={reserve.kind === 'share' ? pct(reserve.value) : formatAmountInput(reserve.value)}
        parse={reserve.kind === 'share' ? percentOrTyped : amountOrTyped}
        onCommit={(value) => save({ experimentationReserve: { kind: reserve.kind, value: value as number } })}
      />
    </>
  )
}
