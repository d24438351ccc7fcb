/**
 * An RFC 4180 reader written for the tests, independent of the code under test: quoted fields
 * may hold commas, quotes (doubled) and line breaks; records end in CRLF or LF.
 */
export function parseCsv(withBom: string): string[][] {
  // The byte-order mark our CSV files start with (for Excel) is not part of the first field.
  const text = withBom.startsWith('\ufeff') ? withBom.slice(1) : withBom
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += c
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}
