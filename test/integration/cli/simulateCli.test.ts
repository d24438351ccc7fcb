import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { serializePortfolio } from '../../../shared/format'
import type { SimulationResult } from '../../../shared/jobs/simulation/simulate'
import { simulationReport } from '../../../shared/jobs/simulation/report'
import { createJobClient } from '../../../renderer/src/worker/jobClient'
import { runCliProcess } from './runCliProcess'

const dir = mkdtempSync(join(tmpdir(), 'gpp-simulate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const portfolio = samplePortfolio()
const file = join(dir, 'sample.json')
writeFileSync(file, serializePortfolio(portfolio))

describe('simulate on the command line', () => {
  it("gives the worker job's figures number for number (same file, scenario, seed and draws)", async () => {
    const cli = runCliProcess([
      'simulate',
      file,
      '--scenario',
      'adoption at half the plan',
      '--draws',
      '500',
      '--seed',
      '42',
      '--json',
    ])
    expect(cli.stderr).toBe('')
    expect(cli.status).toBe(0)
    const scenarioId = 'scenario-half-adoption'
    // The page's client, as the app runs it (inline here, where no Worker exists): progress, then the result.
    const client = createJobClient(() => null)
    const progress: number[] = []
    const outcome = await client.run('simulation', { portfolio, scenarioId, seed: 42, draws: 500 }, (partial) =>
      progress.push(partial.draws),
    )
    expect(progress).toEqual([125, 250])
    if (outcome.status !== 'done') throw new Error(`the job ended ${outcome.status}`)
    const fromWorker = JSON.parse(JSON.stringify(simulationReport(outcome.result))) as unknown
    expect(JSON.parse(cli.stdout)).toEqual(fromWorker)
    const report = JSON.parse(cli.stdout) as SimulationResult
    expect([report.seed, report.draws, report.scenarioId, report.ranges, report.factors]).toEqual([
      42,
      500,
      scenarioId,
      33,
      2,
    ])
  })

  it('refuses a bad seed, draw count or scenario with exit code 2, naming the option', () => {
    const seed = runCliProcess(['simulate', file, '--seed', '-1'])
    expect(seed.status).toBe(2)
    expect(seed.stderr).toContain('--seed')
    const draws = runCliProcess(['simulate', file, '--draws', '200000'])
    expect(draws.status).toBe(2)
    expect(draws.stderr).toContain('--draws must be 100,000 or fewer')
    const scenario = runCliProcess(['simulate', file, '--scenario', 'nope'])
    expect(scenario.status).toBe(2)
    expect(scenario.stderr).toContain('no scenario is named "nope"')
  })
})
