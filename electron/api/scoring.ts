import { validatePortfolio } from '../../shared/model/validation'
import { invalid } from './failure'
import type { HandlerMap } from './handler'

export const scoringHandlers: HandlerMap = {
  /** The params schema already checked the scoring model; the whole portfolio is checked with it in place. */
  'scoring:update': (ctx, { scoring }) =>
    ctx.session.current.write((change) => {
      const whole = validatePortfolio({ ...change.portfolio, scoring })
      if (!whole.ok) throw invalid(whole.issues)
      change.replacePart('scoring', scoring)
      return scoring
    }),
}
