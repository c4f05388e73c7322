/**
 * Dates as the province reckons them: a dossier submitted at 00:30 in Hà Nội is submitted that day,
 * not the day before (as UTC would have it).
 */
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Vietnam (UTC+7) at `instant`, as 'YYYY-MM-DD'. */
export function vietnamDate(instant: Date = new Date()): string {
  return VIETNAM_DAY.format(instant);
}
