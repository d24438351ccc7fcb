/**
 * The engine's job client: a newer request of a job cancels the one in flight (its worker is
 * terminated), results are the engine's own, typed arrays cross as transferred buffers, and where
 * no Worker exists (jsdom, Node) jobs run inline with the same rules.
 */
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { FOLLOW_RECOMMENDATIONS } from '../../../shared/decisions/treatment'
import { compilePortfolio } from '../../../shared/engine'
import { runBaseline, tornado } from '../../../shared/engine/scenarios'
import { runJob, transferables } from '../../../shared/jobs/catalog'
import { tornadoOf } from '../../../shared/jobs/tornadoJob'
import { analyseBudget } from '../../../renderer/src/features/budget/analysis'
import { createJobClient } from '../../../renderer/src/worker/jobClient'
import { StepWorker } from './stepWorker'

const portfolio = samplePortfolio()
const params = { portfolio, scenarioId: null, percent: 0.2, target: null }

describe('engine jobs', () => {
  it('gives the engine tornado, its figures in typed arrays whose buffers transfer', () => {
    const result = runJob('tornado', params)
    const run = runBaseline(portfolio, compilePortfolio(portfolio))
    expect(tornadoOf(result)).toEqual(tornado(run.compiled, 0.2, null, run.result))
    expect(result.low).toBeInstanceOf(Float64Array)
    expect(transferables(result)).toEqual([result.low.buffer, result.high.buffer, result.swing.buffer])
  })

  it("gives the optimiser's reallocation of a case exactly as the budget view's analysis on the page", () => {
    const withBudget = { ...portfolio, settings: { ...portfolio.settings, annualBudget: 2_000_000 } }
    const choices = {
      objective: 'npv',
      constraint: 'horizon',
      treatment: FOLLOW_RECOMMENDATIONS,
      today: '2027-01-15',
    } as const
    for (const scenarioId of [null, 'scenario-prices-halve']) {
      const onPage = analyseBudget({
        ...choices,
        portfolio: withBudget,
        baseline: runBaseline(withBudget, compilePortfolio(withBudget)).result,
        scenarioId,
      })
      expect(runJob('reallocation', { ...choices, portfolio: withBudget, scenarioId })).toEqual(onPage.reallocation)
      expect(onPage.reallocation?.frontier.length).toBeGreaterThan(0)
    }
  })

  it('cancels the run in flight when a newer one of the same job comes, terminating its worker', async () => {
    const workers: StepWorker[] = []
    const client = createJobClient(() => {
      const w = new StepWorker()
      workers.push(w)
      return w
    })
    const first = client.run('tornado', params)
    const second = client.run('tornado', { ...params, percent: 0.5 })
    expect(await first).toEqual({ status: 'cancelled' })
    expect(workers).toHaveLength(2)
    expect(workers[0]?.terminated).toBe(true)
    workers[1]?.answer()
    const done = await second
    expect(done.status).toBe('done')
    expect(done.status === 'done' && done.result.percent).toBe(0.5)
    // The worker that answered stays for the next run.
    void client.run('tornado', params)
    expect(workers).toHaveLength(2)
    client.dispose()
    expect(workers[1]?.terminated).toBe(true)
  })

  it('runs inline without a Worker: the newest request wins, older ones end cancelled', async () => {
    const client = createJobClient(() => null)
    const first = client.run('tornado', params)
    const second = client.run('tornado', { ...params, percent: 0.1 })
    expect(await first).toEqual({ status: 'cancelled' })
    const done = await second
    expect(done.status === 'done' && tornadoOf(done.result).percent).toBe(0.1)
    expect(await client.run('tornado', { ...params, percent: 2 })).toEqual({
      status: 'failed',
      message: 'The tornado percentage must be between 0% and 100%',
    })
  })

  it("passes a simulation's progress to the run that asked, and none of a cancelled run's", async () => {
    const workers: StepWorker[] = []
    const client = createJobClient(() => {
      const w = new StepWorker()
      workers.push(w)
      return w
    })
    const seen: string[] = []
    const job = { portfolio, scenarioId: null, seed: 7, draws: 500 }
    const first = client.run('simulation', job, (p) => seen.push(`first ${p.draws}`))
    const second = client.run('simulation', { ...job, seed: 8 }, (p) => seen.push(`second ${p.draws}`))
    workers[0]?.answer()
    workers[1]?.answer()
    expect(await first).toEqual({ status: 'cancelled' })
    const done = await second
    expect(seen).toEqual(['second 125', 'second 250'])
    expect(done.status === 'done' && [done.result.seed, done.result.draws]).toEqual([8, 500])
  })
})
