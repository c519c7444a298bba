/** The end of an account lock, read from the server's message ("… locked until 2026-03-04T10:15:00.000Z"). */
export function lockedUntil(message: string): Date | null {
  const match = /(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))/.exec(message);
  if (!match) return null;
  const date = new Date(match[1]!);
  return Number.isNaN(date.getTime()) ? null : date;
}
