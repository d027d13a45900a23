// Cognito checks the SRP TIMESTAMP text exactly: "ddd MMM D HH:mm:ss UTC YYYY" in English, UTC, the day
// of month not zero-padded. A wrong shape is InvalidParameterException; a zero-padded day or a wrong
// weekday counts as a wrong password.
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SHAPE = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/;

export type TimestampCheck = "ok" | "malformed" | "mismatch";

export function checkSrpTimestamp(text: string): TimestampCheck {
  const m = SHAPE.exec(text);
  if (!m) return "malformed";
  const [, day, month, date, hh, mm, ss, year] = m;
  if (date.startsWith("0")) return "mismatch";
  const t = new Date(Date.UTC(Number(year), MONTHS.indexOf(month), Number(date), Number(hh), Number(mm), Number(ss)));
  if (t.getUTCDate() !== Number(date) || DAYS[t.getUTCDay()] !== day) return "mismatch";
  return "ok";
}

export function formatSrpTimestamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}
