// The CSV dialect of user import files. Cognito's guide asks for unquoted values with a backslash
// before a comma inside a value (`123 Main St\, Apt 4`); files written by CSV libraries quote such
// values instead ("123 Main St, Apt 4", with "" for a quote). Both are read.

export class CsvSyntaxError extends Error {}

/** Rows of fields; blank lines are skipped. Throws CsvSyntaxError on an unterminated quoted field. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    field = "";
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
      continue;
    }
    if (c === '"' && atFieldStart) { quoted = true; atFieldStart = false; continue; }
    atFieldStart = false;
    if (c === "\\" && text[i + 1] === ",") { field += ","; i++; }
    else if (c === ",") { row.push(field); field = ""; atFieldStart = true; }
    else if (c === "\n" || c === "\r") { if (c === "\r" && text[i + 1] === "\n") i++; endRow(); }
    else field += c;
  }
  if (quoted) throw new CsvSyntaxError("a quoted value is not closed");
  if (field !== "" || row.length) endRow();
  return rows;
}
