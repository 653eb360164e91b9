import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sectionSchema } from './content/section-schema';
import { correctionSchema } from './content/corrections-schema';

// Content lives outside src/ (design card): MDX in content/sections, data in content/data.
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.SECTIONS_DIR ?? './content/sections' }),
  schema: sectionSchema,
});

/** The public corrections and updates log, newest last. */
const corrections = defineCollection({
  loader: file('./content/corrections.json'),
  schema: correctionSchema,
});

export const collections = { sections, corrections };
