#!/usr/bin/env node
// Usage: node build/native.mjs node|electron
// Makes better-sqlite3's compiled binary load in the given runtime; instant when it already does.
// Exit 0 on success, 1 when it could not (the message says why), 2 on bad usage.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildBetterSqlite3 } from './nativeBuild.mjs'
import { ensureNative } from './nativeSwitch.mjs'

const target = process.argv[2]
if (target !== 'node' && target !== 'electron') {
  console.error('usage: node build/native.mjs node|electron')
  process.exit(2)
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const started = Date.now()
let outcome
try {
  outcome = ensureNative({
    root,
    target,
    build: (request) => {
      console.error(
        `native: building better-sqlite3 for ${request.want.label} (ABI ${request.want.abi}); this takes a few minutes…`,
      )
      return buildBetterSqlite3(request)
    },
  })
} catch (e) {
  // A missing package (better-sqlite3, electron, node-abi) or an unwritable folder: say which, without a stack.
  outcome = {
    ok: false,
    message: `could not prepare better-sqlite3 for ${target}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
  }
}
const took = `${((Date.now() - started) / 1000).toFixed(1)} s`
if (outcome.ok) {
  console.log(`native: ${outcome.message} (${took})`)
} else {
  console.error(`native: ${outcome.message}`)
  process.exit(1)
}
