import { resolve } from 'node:path'
import { FILE_EXTENSION } from '../db/fileFormat'

/**
 * The portfolio file a launch asks for: on Windows and Linux the OS passes a double-clicked file as
 * an argument (to the first instance, or in the 'second-instance' event's argv). The last matching
 * argument wins; switches (--foo) and other files are ignored. macOS uses the 'open-file' event.
 */
export function portfolioPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]
    if (arg !== undefined && !arg.startsWith('-') && arg.toLowerCase().endsWith(FILE_EXTENSION))
      return resolve(cwd, arg)
  }
  return undefined
}
