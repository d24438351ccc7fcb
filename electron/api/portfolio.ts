import type { HandlerMap } from './handler'

/**
 * The open file and switching files. The session checks a file completely before it closes the
 * current one; new files and Save As copies never replace an existing file through the API (the
 * Electron shell passes { replace: true } only after its native dialog asked).
 */
export const portfolioHandlers: HandlerMap = {
  'portfolio:get': (ctx) => ctx.session.snapshot(),
  'portfolio:open': (ctx, { path }) => ctx.session.open(path),
  'portfolio:new': (ctx, { path, sample }) => ctx.session.create(path, sample),
  'portfolio:saveAs': (ctx, { path }) => ctx.session.saveAs(path),
  'portfolio:recent': (ctx) => ctx.session.recent(),
  'portfolio:waitForChange': async (ctx, { since, waitMs }) => ({
    revision: await ctx.session.waitForChange(since, waitMs),
  }),
}
