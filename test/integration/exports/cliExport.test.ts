import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/runCli'
import { exportToBuffer } from '../../../electron/exports/exportFile'
import { readPortfolioJson } from '../../../shared/format'
import type { Portfolio } from '../../../shared/model'
import { runCliProcess, SAMPLE } from '../cli/runCliProcess'

/** `npm run -s cli -- export` as a real process on the committed sample portfolio (11 initiatives, 4 scenarios). */
const dir = mkdtempSync(join(tmpdir(), 'gpp-cli-export-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function sample(): Portfolio {
  const r = readPortfolioJson(readFileSync(SAMPLE, 'utf8'))
  if (!r.ok) throw new Error('the committed sample does not read')
  return r.value
}

async function sheetNames(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? ''
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? '')
}

describe('npm run cli -- export (real process)', () => {
  it('writes a workbook with the baseline and the scenarios named (by name, any case, or id)', async () => {
    const out = join(dir, 'book.xlsx')
    const r = runCliProcess([
      'export',
      SAMPLE,
      '--format',
      'xlsx',
      '--scenario',
      'ADOPTION AT HALF THE PLAN',
      '--scenario',
      'scenario-prices-halve',
      '--out',
      out,
    ])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Wrote .*book\.xlsx \([\d,]+ bytes\)\n$/)
    const names = await sheetNames(out)
    // The scenarios in the order asked for, each with its levers and its projection.
    expect(names.filter((n) => n === 'Baseline' || /^S\d /.test(n))).toEqual([
      'Baseline',
      'S1 levers',
      'S1 Adoption at half the plan',
      'S2 levers',
      'S2 Model prices -50% over 12…',
    ])
  })

  it('writes the same CSV bytes as the app builds, in long format', async () => {
    const out = join(dir, 'projection.csv')
    const r = runCliProcess(['export', SAMPLE, '--format=csv', '--scenario', 'Prompt growth +40% a year', '--out', out])
    expect(r.status).toBe(0)
    const app = await exportToBuffer({
      portfolio: sample(),
      format: 'csv',
      scenarios: ['Prompt growth +40% a year'],
      exportedOn: '2000-01-01',
    })
    const written = readFileSync(out)
    expect(written.equals(app)).toBe(true)
    const lines = written.toString('utf8').split('\r\n')
    expect(lines[0]).toBe('\ufeffscenario,initiative,month,driver,value,unpriced')
    const scenarios = new Set(lines.slice(1, -1).map((l) => l.split(',')[0]))
    expect([...scenarios]).toEqual(['Baseline', 'Prompt growth +40% a year'])
  })

  it('writes JSON that reads back as the identical portfolio, and a PPTX deck', async () => {
    const json = join(dir, 'copy.json')
    expect(runCliProcess(['export', SAMPLE, '--format', 'json', '--out', json]).status).toBe(0)
    const back = readPortfolioJson(readFileSync(json, 'utf8'))
    expect(back.ok && back.value).toEqual(sample())
    const deck = join(dir, 'deck.pptx')
    expect(runCliProcess(['export', json, '--format', 'pptx', '--out', deck]).status).toBe(0)
    const zip = await JSZip.loadAsync(readFileSync(deck))
    expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length).toBeGreaterThanOrEqual(
      8,
    )
  })

  it('exits 2 with a clear message on an unknown scenario and an unwritable path, writing nothing', () => {
    const out = join(dir, 'never.csv')
    const cases: [string[], string][] = [
      [
        ['export', SAMPLE, '--format', 'csv', '--scenario', 'Moonshot', '--out', out],
        'Unknown scenario "Moonshot". Scenarios in this portfolio: "Model prices -50% over 12 months"',
      ],
      [['export', SAMPLE, '--format', 'csv', '--out', join(dir, 'missing', 'x.csv')], 'the folder'],
    ]
    for (const [args, message] of cases) {
      const r = runCliProcess(args)
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toContain(message)
      expect(r.stdout).toBe('')
    }
    expect(existsSync(out)).toBe(false)
  })

  it('exits 2 on usage errors (in process: the same runCli the script calls)', async () => {
    const out = join(dir, 'never.csv')
    const cases: [string[], string][] = [
      [['export', SAMPLE, '--format', 'docx', '--out', out], '--format "docx" must be xlsx, pptx, csv or json'],
      [['export', SAMPLE, '--out', out], '--format is required'],
      [['export', SAMPLE, '--format', 'csv'], '--out is required'],
      [['export', '--format', 'csv', '--out', out], 'name one PORTFOLIO file'],
      [['export', SAMPLE, 'extra', '--format', 'csv', '--out', out], 'unexpected argument "extra"'],
      [['export', join(dir, 'absent.json'), '--format', 'csv', '--out', out], 'no such file'],
      [['export', SAMPLE, '--format', 'csv', '--out', dir], 'it is a folder'],
    ]
    for (const [args, message] of cases) {
      let stdout = ''
      let stderr = ''
      const status = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
      expect(status, args.join(' ')).toBe(2)
      expect(stderr, args.join(' ')).toContain(message)
      expect(stdout).toBe('')
    }
    expect(existsSync(out)).toBe(false)
  })

  it('refuses to overwrite the portfolio it exports', () => {
    const input = join(dir, 'input.json')
    const text = readFileSync(SAMPLE, 'utf8')
    writeFileSync(input, text)
    const r = runCliProcess(['export', input, '--format', 'json', '--out', input])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('that is the portfolio being exported')
    expect(readFileSync(input, 'utf8')).toBe(text)
  })
})
