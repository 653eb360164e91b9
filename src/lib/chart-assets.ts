// Everything the chart reuse kit builds from one chart, read once: its dataset, its drawing (the one
// drawChart() call of the kit), the section it is placed in, and the words of its standalone file. The
// embed pages, the chart pages, the PNG/SVG files and the chart cards all start here, so they show the
// same figure the section does.
import { CHARTS, chartLocale, drawChart, type ChartId, type DrawnChart } from '../chart-registry';
import { notDrawnNote } from '../charts/not-drawn';
import { sourceLine, sourcePublishers } from '../charts/source-line';
import type { StandaloneInput } from '../charts/standalone-svg';
import type { AnyDataset } from '../content/data-schema';
import type { Locale } from '../i18n/locales';
import { LOCALE_INFO } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { ui } from '../i18n/ui';
import { eachLocale } from '../i18n/page';
import { getDatasets, getSections, type Section } from '../content/load';
import { attribute, jsxElements, parseMdx } from '../content/mdx-tree';

export interface ChartAsset {
  id: ChartId;
  data: AnyDataset;
  drawn: DrawnChart;
  /** The first section that places the chart with <Chart id="…" />. */
  section: Section;
  /** "Not comparable, so not drawn: …" when the chart lists rows instead of drawing them. */
  note?: string;
}

/** Chart id → the first section (in page order) whose MDX places it with <Chart id="…" />. */
export function chartSectionIds(sections: { id: string; body?: string }[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const s of sections) {
    for (const chart of jsxElements(parseMdx(s.body ?? ''), 'Chart')) {
      const id = attribute(chart, 'id');
      if (id && !found.has(id)) found.set(id, s.id);
    }
  }
  return found;
}

const cache = new Map<Locale, Promise<ChartAsset[]>>();

/** Every chart of the registry that a section places, with its data, drawing and section. */
export function chartAssets(locale: Locale = 'en'): Promise<ChartAsset[]> {
  let hit = cache.get(locale);
  if (!hit) {
    hit = (async () => {
      const sections = await getSections(locale);
      const datasets = await getDatasets(locale);
      const placed = chartSectionIds(sections.map((s) => ({ id: s.data.id, body: s.body })));
      // A chart no section places is on no page: it gets no embed, chart page or files either.
      return (Object.keys(CHARTS) as ChartId[]).flatMap((id) => {
        const section = sections.find((s) => s.data.id === placed.get(id));
        if (!section) return [];
        const data = datasets.get(id);
        if (!data) throw new Error(`Chart "${id}": no dataset (expected content/data/${id}.json)`);
        const L = chartLocale(locale);
        const drawn = drawChart(id, data, L);
        return [{ id, data, drawn, section, note: notDrawnNote(drawn.notDrawn, ui(locale).chart, L.f) }];
      });
    })();
    cache.set(locale, hit);
  }
  return hit;
}

/** A chart title short enough for <title> (TITLE_MAX): cut at a word, with an ellipsis, when it is longer. */
export function shortTitle(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Every period a dataset's figures cover as written (the file's, each row's, each court step's date), for its Dataset JSON-LD. */
export function datasetPeriods(data: AnyDataset): string[] {
  const rows = data.rows as { period?: string; steps?: { date?: string }[] }[];
  return [
    data.meta.period,
    ...rows.flatMap((r) => [r.period ?? '', ...(r.steps ?? []).map((s) => s.date ?? '')]),
  ].filter(Boolean);
}

/** "127.0.0.1:4321/c/taxes-by-level/": an absolute URL as printed, without the scheme. */
export const shownUrl = (url: string) => url.replace(/^https?:\/\//, '');

/** The words and drawing of a chart's standalone SVG, PNG and card. */
export function standaloneInput(asset: ChartAsset, site: URL | string, locale: Locale = 'en'): StandaloneInput {
  const words = ui(locale);
  const page = new URL(paths(locale).chartPage(asset.id), site).href;
  const publishers = sourcePublishers(asset.data.meta.sources, asset.data.rows);
  return {
    layout: asset.drawn.layouts[1],
    ...(asset.drawn.card ? { card: asset.drawn.card } : {}),
    takeaway: asset.drawn.text.takeaway,
    title: asset.data.meta.title,
    description: asset.drawn.text.description,
    note: asset.note,
    source: words.kit.source(sourceLine(publishers, words.chart.andOthers), publishers.length),
    site: words.site.name,
    credit: words.kit.credit(shownUrl(page)),
    lang: LOCALE_INFO[locale].lang,
    hold: chartLocale(locale).w.hold,
  };
}

/** getStaticPaths of the pages made per chart and language (/c/<id>/, /embed/<id>/, the chart cards). */
export const chartRoutes = () =>
  eachLocale(async (locale, params) =>
    (await chartAssets(locale)).map((asset) => ({ params: { ...params, id: asset.id }, props: { locale, asset } })),
  );
