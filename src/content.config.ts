import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sectionSchema } from './content/section-schema';
import { correctionSchema } from './content/corrections-schema';
import { anyDatasetSchema, datasetLoader } from './content/data-schema';
import { summaryLoader, summarySchema } from './content/summary-schema';

// Content lives outside src/ (design card): MDX in content/sections, data in content/data.
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: sectionSchema,
});

/** The public corrections and updates log, newest last. */
const corrections = defineCollection({
  loader: file('./content/corrections.json'),
  schema: correctionSchema,
});

/** Chart data: one JSON file per dataset ({ meta, rows }, or { meta, kind: "cases", rows }). */
const datasets = defineCollection({
  loader: datasetLoader('./content/data'),
  schema: anyDatasetSchema,
});

/** The words of the one-page summary (/summary/); SUMMARY_FILE points the tests at fixtures. */
const summary = defineCollection({
  loader: summaryLoader(process.env.SUMMARY_FILE ?? './content/summary.json'),
  schema: summarySchema,
});

export const collections = { sections, corrections, datasets, summary };
