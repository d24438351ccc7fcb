import { PortfolioSettings } from '../../shared/model/settings'
import { validatePortfolio } from '../../shared/model/validation'
import { invalid } from './failure'
import type { HandlerMap } from './handler'
import { SETTINGS_ENTITY, zodEntityIssues } from './issues'

export const settingsHandlers: HandlerMap = {
  /**
   * Merges the patch and re-validates the whole portfolio under the new settings: a shorter horizon
   * must still hold every launch month and pool start month, and the refusal names the initiative.
   */
  'settings:update': (ctx, { patch }) =>
    ctx.session.current.write((change) => {
      const portfolio = change.portfolio
      const merged = PortfolioSettings.safeParse({ ...portfolio.settings, ...patch })
      if (!merged.success) throw invalid(zodEntityIssues(merged.error, SETTINGS_ENTITY, ['settings']))
      const whole = validatePortfolio({ ...portfolio, settings: merged.data })
      if (!whole.ok) throw invalid(whole.issues)
      change.replaceSettings(merged.data)
      return merged.data
    }),
}
