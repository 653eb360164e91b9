// Element ids for charts, unique per rendered page: the first <Chart id="x"> on a page gets
// "chart-x", a second one "chart-x-2", and so on. Keyed by the page render's own object
// (Astro.locals), so / and /s/<section>/ each start counting afresh.
const counts = new WeakMap<object, Map<string, number>>();

export function chartUid(page: object, chartId: string): string {
  const seen = counts.get(page) ?? new Map<string, number>();
  counts.set(page, seen);
  const n = (seen.get(chartId) ?? 0) + 1;
  seen.set(chartId, n);
  return n === 1 ? `chart-${chartId}` : `chart-${chartId}-${n}`;
}
