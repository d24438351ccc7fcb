import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const repo = resolve(import.meta.dirname, '../../..')
const bin = join(repo, 'node_modules', '.bin', 'electronegativity')
const electronVersion = (
  JSON.parse(readFileSync(join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version
const ACCEPTED = new Set(['INFORMATIONAL', 'LOW'])

interface Finding {
  issue: string
  severity: string
  confidence: string
  filename: string
  location: string
  sample: string
  description: string
}

/** RFC 4180 rows: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = (): void => {
    row.push(field.trim())
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') endField()
    else if (c === '\n') {
      endField()
      rows.push(row)
      row = []
    } else if (c !== '\r') field += c
  }
  if (field.trim() !== '' || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows
}

/** Runs Electronegativity on `input`; its exit code says nothing about findings, so the report is read. */
async function scan(input: string, report: string): Promise<Finding[]> {
  // Electronegativity keeps a cache of Electron's release list in the temp folder; a private one
  // per scan keeps parallel scans (and other test runs on the machine) from racing on that file.
  const temp = mkdtempSync(join(dir, 'tmp-'))
  await run(bin, ['-i', input, '-e', electronVersion, '-o', report, '-v', 'false'], {
    cwd: repo,
    timeout: 50_000,
    env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
  })
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'))
  expect(header?.slice(0, 4)).toEqual(['issue', 'severity', 'confidence', 'filename'])
  return rows.map(
    ([issue = '', severity = '', confidence = '', filename = '', location = '', sample = '', description = '']) => ({
      issue,
      severity,
      confidence,
      filename,
      location,
      sample,
      description,
    }),
  )
}

let dir: string
let app: Finding[]
let control: Finding[]

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gpp-eng-'))
  // A deliberately unsafe window, to prove the scanner runs and reports what it should here.
  const unsafe = join(dir, 'unsafe')
  mkdirSync(unsafe)
  writeFileSync(
    join(unsafe, 'main.js'),
    "const { BrowserWindow } = require('electron')\nnew BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } })\n",
  )
  ;[app, control] = await Promise.all([
    scan(join(repo, 'electron'), join(dir, 'report.csv')),
    scan(unsafe, join(dir, 'control.csv')),
  ])
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('Electronegativity', () => {
  it('flags an unsafe window (so a clean report means something)', () => {
    expect(control.map((f) => `${f.issue} ${f.severity}`)).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK HIGH',
        'SANDBOX_JS_CHECK MEDIUM',
        'LIMIT_NAVIGATION_GLOBAL_CHECK HIGH',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK MEDIUM',
      ]),
    )
  })

  it('finds nothing of MEDIUM severity or above in electron/', () => {
    const serious = app.filter((f) => !ACCEPTED.has(f.severity.toUpperCase()))
    if (serious.length > 0) {
      console.error(
        serious
          .map((f) => `${f.severity} ${f.issue} at ${f.filename}:${f.location}: ${f.description}\n    ${f.sample}`)
          .join('\n'),
      )
    }
    expect(serious.map((f) => `${f.severity} ${f.issue} ${f.filename}:${f.location}`)).toEqual([])
  })
})
