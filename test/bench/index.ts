/**
 * Runs every bench suite in test/bench/*.bench.ts: `npx tsx test/bench/index.ts [filter...]`.
 * A filter keeps suites whose name contains it. Prints a table, writes the results as JSON
 * to out/bench-results.json (or --out PATH) and exits 1 when a median misses its target or a
 * suite fails to run.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { failedResult, formatTable, runSuite, type BenchResult, type BenchSuite } from './harness'

function isSuiteList(x: unknown): x is BenchSuite[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'object' && s !== null && 'name' in s && 'run' in s)
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const outAt = args.indexOf('--out')
  const outPath = resolve(outAt >= 0 ? (args[outAt + 1] ?? 'out/bench-results.json') : 'out/bench-results.json')
  const filters = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1))
  const here = dirname(fileURLToPath(import.meta.url))
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()
  const results: BenchResult[] = []
  for (const file of files) {
    let mod: unknown
    try {
      mod = await import(pathToFileURL(join(here, file)).href)
    } catch (err) {
      // One broken bench file must not hide the others' numbers.
      results.push(failedResult(file, 0, err))
      continue
    }
    const suites = typeof mod === 'object' && mod !== null && 'suites' in mod ? mod.suites : undefined
    if (!isSuiteList(suites)) {
      results.push(failedResult(file, 0, new Error("exports no 'suites' array of BenchSuite")))
      continue
    }
    for (const suite of suites) {
      if (filters.length > 0 && !filters.some((f) => suite.name.includes(f))) continue
      process.stderr.write(`running ${suite.name}...\n`)
      results.push(await runSuite(suite))
    }
  }
  console.log(formatTable(results))
  const report = { node: process.version, platform: `${process.platform}-${process.arch}`, results }
  mkdirSync(dirname(outPath), { recursive: true })
  writeFileSync(outPath, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nresults written to ${outPath}`)
  return results.every((r) => r.pass) ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    process.exit(2)
  },
)
