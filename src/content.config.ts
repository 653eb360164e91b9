import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { sectionSchema } from './content/section-schema';
import { correctionSchema, correctionTextSchema } from './content/corrections-schema';
import { anyDatasetSchema } from './content/data-schema';
import { datasetLoader } from './content/data-loader';
import { summarySchema } from './content/summary-schema';
import { localeJsonLoader } from './content/locale-loader';
import { frontSchema } from './content/front-schema';
import { guideSchema } from './content/guide-schema';
import { helpSchema } from './content/help-schema';

// Content lives outside src/ (design card), one folder per language: content/<locale>/sections/*.mdx,
// content/<locale>/summary.json, content/<locale>/corrections.json, content/<locale>/data/*.json (the
// words of the charts in languages other than English). Figures live once, in content/data/.
// A translation mirrors its English file under the same name.

const sections = defineCollection({
  loader: glob({ pattern: '*/sections/*.mdx', base: './content' }),
  schema: sectionSchema,
});

/** The public corrections and updates log in English, newest last: dates, kinds, sections, text. The parser
 * records each entry's place in the file, since a collection lists its entries by id, not in file order. */
const corrections = defineCollection({
  loader: file('./content/en/corrections.json', {
    parser: (text) =>
      (JSON.parse(text) as Record<string, unknown>[]).map((entry, index) => ({ ...entry, position: index })),
  }),
  schema: correctionSchema,
});

/** The log's text in other languages, by entry id: content/<locale>/corrections.json. */
const correctionText = defineCollection({
  loader: localeJsonLoader('corrections.json', { skip: ['en'], wrap: (entries) => ({ entries }) }),
  schema: z.object({ entries: z.array(correctionTextSchema) }),
});

/** Chart data: one JSON file per dataset ({ meta, rows }, or { meta, kind: "cases", rows }). */
const datasets = defineCollection({
  loader: datasetLoader('./content/data'),
  schema: anyDatasetSchema,
});

/** The words of the charts in other languages, by row id: content/<locale>/data/<dataset>.json. */
const datasetText = defineCollection({
  loader: glob({ pattern: '*/data/*.json', base: './content' }),
  schema: z.looseObject({
    meta: z.record(z.string(), z.unknown()).optional(),
    rows: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** The words of the one-page summary per language; SUMMARY_FILE points the tests at an English fixture. */
const summary = defineCollection({
  loader: localeJsonLoader('summary.json', { override: { en: process.env.SUMMARY_FILE } }),
  schema: summarySchema,
});

/** The front page's own words per language: content/<locale>/front.mdx (key numbers, the short version). */
const front = defineCollection({
  loader: glob({ pattern: '*/front.mdx', base: './content' }),
  schema: frontSchema,
});

/** The guide for ITIN filers, one MDX file per language: content/<locale>/guide.mdx (/itin/, /es/itin/). */
const guide = defineCollection({
  loader: glob({ pattern: '*/guide.mdx', base: './content' }),
  schema: guideSchema,
});

/** Where to get official help, per language (content/<locale>/help.json): the guide, the home box and the summary read it. */
const help = defineCollection({
  loader: localeJsonLoader('help.json'),
  schema: helpSchema,
});

export const collections = {
  front,
  sections,
  corrections,
  correctionText,
  datasets,
  datasetText,
  summary,
  guide,
  help,
};
