const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date and time as the interface writes it. Norwegian (bokmål and nynorsk alike): 23.11.2026 14:05,
 * written by hand because browsers' locale data for nynorsk varies. Other locales: Intl.
 */
export function formatDateTime(date: Date | number, locale: string): string {
  const d = new Date(date);
  if (/^(nb|nn|no)\b/i.test(locale))
    return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
