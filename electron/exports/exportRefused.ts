/**
 * An export refused because of its input (unknown scenario, unusable path): the caller can fix it.
 * The API turns it into { code, message }; the command line prints the message and exits with 2.
 */
export class ExportRefused extends Error {
  constructor(
    readonly code: 'not_found' | 'validation',
    message: string,
  ) {
    super(message)
    this.name = 'ExportRefused'
  }
}
