// /data/<dataset>.csv: each chart's rows as a CSV file, written at build time from the same
// collection entries the charts and their tables are drawn from.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { datasetCsv } from '../../charts/csv';

export const getStaticPaths = (async () =>
  (await getCollection('datasets')).map((entry) => ({ params: { dataset: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'datasets'> }> = ({ props }) =>
  new Response(datasetCsv(props.entry.data), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
