/** Where a command writes; the real process in index.ts, buffers in tests. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
}

/** Exit codes: 0 done, 1 failure (a full disk, a file that cannot be written, a bug), 2 bad input or usage (the caller can fix it). */
export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_BAD_INPUT = 2

/** A command of the `cli` script: `npm run -s cli -- <name> ...`. One file per command under commands/. */
export interface CliCommand {
  name: string
  /** One line for the command list. */
  summary: string
  /** Full usage text, shown on --help and after a usage error. */
  usage: string
  run(args: readonly string[], io: CliIo): Promise<number>
}
