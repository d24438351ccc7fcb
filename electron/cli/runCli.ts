import { COMMANDS } from './commands'
import { describeFailure } from './failure'
import { type CliIo, EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK } from './io'

function generalUsage(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((n) => n.length))
  const list = [...COMMANDS.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return `Usage: npm run -s cli -- <command> [arguments]\n\nCommands:\n${list.join('\n')}\n\nRun a command with --help for its arguments.\n`
}

/** Dispatches argv to its command; never throws: a failure becomes exit code 1 and one sentence on stderr. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.stderr : io.stdout)(generalUsage())
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK
  }
  const command = COMMANDS.get(name)
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${generalUsage()}`)
    return EXIT_BAD_INPUT
  }
  try {
    return await command.run(rest, io)
  } catch (e) {
    io.stderr(`${name}: ${describeFailure(e)}\n`)
    return EXIT_FAILURE
  }
}
