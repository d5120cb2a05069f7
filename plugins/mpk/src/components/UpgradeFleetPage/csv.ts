/** A CSV cell; `undefined` is an empty cell. */
export type CsvValue = string | number | undefined;

function csvCell(value: CsvValue): string {
  const text = value === undefined ? '' : String(value);
  // RFC 4180: a field with a separator, a quote or a line break is quoted, its quotes doubled.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV text, lines ended by CRLF. */
export function toCsv(rows: CsvValue[][]): string {
  return rows.map(row => `${row.map(csvCell).join(',')}\r\n`).join('');
}
