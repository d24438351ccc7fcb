/**
 * Model names as compared. Sources spell one model many ways ("claude-sonnet-4-5", "Claude Sonnet
 * 4.5", "anthropic/claude-sonnet-4.5", "anthropic:claude-sonnet-4.5"), so a name is reduced to its
 * runs of letters and runs of digits, lower case, joined by "-": every one of those becomes
 * "claude-sonnet-4-5" (with "anthropic-" in front where the provider is written). Runs keep their
 * boundaries, so "llama-3.1-8b" ("llama-3-1-8-b") never meets "llama-3-18b" ("llama-3-18-b").
 */
export function nameKey(name: string): string {
  // NFKC folds full-width letters and digits; plain ASCII names (nearly all) need no folding.
  const folded = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKC')
  return (folded.toLowerCase().match(/[a-z]+|[0-9]+/g) ?? []).join('-')
}

/**
 * Release suffixes, as written at the end of a name: a date (-2024-08-06, -20241022, @20240620,
 * -03-2025), a month-day or year-month release (-0613, -2501), Vertex AI's -001, "-latest", and
 * Amazon Bedrock's version (-v2:0). A model version such as "-v3.1" or "-3.5" is not one.
 */
const RELEASE_SUFFIXES: readonly RegExp[] = [
  /[-_@]20\d\d-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])$/,
  /-(0[1-9]|1[0-2])-20\d\d$/,
  /-\d{4}$/,
  /-0\d\d$/,
  /-latest$/i,
  /-v\d+:\d+$/i,
]

/**
 * A name without its release suffixes: "gpt-4o-2024-08-06" is "gpt-4o" and
 * "anthropic.claude-3-5-sonnet-20241022-v2:0" is "anthropic.claude-3-5-sonnet". Words that name
 * another model ("preview", "exp", "instruct", "mini") stay, and so does a name that would be left empty.
 */
export function withoutRelease(name: string): string {
  let rest = name.trim()
  for (;;) {
    const suffix = RELEASE_SUFFIXES.find((re) => re.test(rest))
    const shorter = suffix ? rest.replace(suffix, '') : rest
    if (shorter === rest || nameKey(shorter) === '') return rest
    rest = shorter
  }
}
