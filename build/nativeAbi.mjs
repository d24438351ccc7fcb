// Reads which Node ABI a compiled addon was built for, from the binary itself.
// Labels (folder names, electron-rebuild's own cache, npm_config_* settings) can lie:
// a build pointed at Node's headers while "targeting" Electron is labelled Electron
// but exports node_register_module_v<Node ABI>. The exported symbol is what the
// runtime checks when it loads the addon, so that is what we read.
import { readFileSync } from 'node:fs'

const MARKER = Buffer.from('node_register_module_v', 'latin1')
const DIGIT_0 = 0x30
const DIGIT_9 = 0x39

/**
 * Every distinct ABI named by a `node_register_module_v<N>` symbol in the bytes, in order of
 * first appearance. An addon normally names one; an empty list means none was found
 * (not an addon, or a Node-API addon, which carries no ABI).
 * @param {Uint8Array} bytes
 * @returns {number[]}
 */
export function findModuleAbis(bytes) {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const abis = []
  let at = buf.indexOf(MARKER)
  while (at !== -1) {
    let end = at + MARKER.length
    while (end < buf.length && buf[end] >= DIGIT_0 && buf[end] <= DIGIT_9) end++
    if (end > at + MARKER.length) {
      const abi = Number(buf.toString('latin1', at + MARKER.length, end))
      if (!abis.includes(abi)) abis.push(abi)
    }
    at = buf.indexOf(MARKER, end)
  }
  return abis
}

/**
 * The one ABI the addon was built for, or null when it names none or disagrees with itself
 * (either way it cannot be trusted to load).
 * @param {Uint8Array} bytes
 * @returns {number | null}
 */
export function moduleAbi(bytes) {
  const abis = findModuleAbis(bytes)
  return abis.length === 1 ? (abis[0] ?? null) : null
}

/**
 * The ABI of the addon file at `path`, or null when the file is missing or names no single ABI.
 * @param {string} path
 * @returns {number | null}
 */
export function moduleAbiOfFile(path) {
  let bytes
  try {
    bytes = readFileSync(path)
  } catch {
    return null
  }
  return moduleAbi(bytes)
}
