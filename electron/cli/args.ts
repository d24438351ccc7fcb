/** A small, strict argument parser: positionals, boolean flags and repeatable valued options. */
export interface ArgSpec {
  /** Flags without a value, e.g. ['json']. */
  flags: readonly string[]
  /** Options taking a value, e.g. ['scenario', 'out']; each may repeat. */
  options: readonly string[]
}

interface ParsedArgs {
  positionals: string[]
  flags: Set<string>
  options: Map<string, string[]>
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string }

/** Parses `--name`, `--name value`, `--name=value` and `--` (everything after it is positional). */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ArgsResult {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '--') {
      parsed.positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq < 0 ? undefined : eq)
    if (spec.flags.includes(name)) {
      if (eq >= 0) return { ok: false, error: `--${name} takes no value` }
      parsed.flags.add(name)
    } else if (spec.options.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i]
      if (value === undefined || value === '') return { ok: false, error: `--${name} needs a value` }
      parsed.options.set(name, [...(parsed.options.get(name) ?? []), value])
    } else {
      return { ok: false, error: `unknown option --${name}` }
    }
  }
  return { ok: true, args: parsed }
}
