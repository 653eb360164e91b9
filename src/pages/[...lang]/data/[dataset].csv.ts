// /data/<dataset>.csv (and /es/data/…): each chart's rows as a CSV file in the page's language, written
// at build time from the same rows the charts and their tables are drawn from.
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../../charts/csv';
import { chartLocale } from '../../../chart-registry';
import { getDatasets } from '../../../content/load';
import { eachLocale } from '../../../i18n/page';
import type { AnyDataset } from '../../../content/data-schema';
import type { Locale } from '../../../i18n/locales';

export const getStaticPaths = (async () =>
  eachLocale(async (locale, params) =>
    [...(await getDatasets(locale))].map(([id, data]) => ({
      params: { ...params, dataset: id },
      props: { locale, data },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; data: AnyDataset }> = ({ props }) =>
  new Response(datasetCsv(props.data, chartLocale(props.locale)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
