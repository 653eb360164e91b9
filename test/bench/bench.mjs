#!/usr/bin/env node
// Performance budget benchmark: `npm run bench` (not part of `npm test`: timings vary from run to run).
//
//   npm run bench                      build, weigh every page, run Lighthouse mobile on / and /summary/
//   npm run bench -- --no-build        reuse the existing dist/
//   npm run bench -- --runs 3          Lighthouse runs per page (the median of each score and timing is shown)
//   npm run bench -- --no-lighthouse   bytes and build time only
//   npm run bench -- --save DIR        also write each Lighthouse report (JSON) into DIR
//   npm run bench -- --pages /,/es/    run Lighthouse on these pages only (comparing before/after on the homes)
//
// Lighthouse 13 runs with its default mobile settings (Moto G Power screen, simulated slow 4G, 4x CPU
// slowdown) in the Chromium at CHROME_PATH (default /usr/bin/chromium) against dist/ served by
// src/server/static-server.mjs, which compresses text (brotli, else gzip) as the static hosts and CDNs the
// README names do.
//
// Prints which budgets hold and exits 1 if any does not. The byte budgets also run in npm test
// (test/build/budgets.test.ts), from the same code (test/bench/measure.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve } from '../../src/server/static-server.mjs';
import { BUDGETS, checkBudgets, pageWeight, sitePages } from './measure.mjs';
import { CHROMIUM_FLAGS } from '../setup/chromium-flags.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('--runs', '1')) || 1);
const SAVE = option('--save', null);
const LIGHTHOUSE_PAGES = option('--pages', '/,/summary/,/es/,/es/summary/').split(',').filter(Boolean);
// The tests' Chromium flags, with the new headless mode Lighthouse expects.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
/** @type {{ name: string, ok: boolean, detail: string }[]} */
const verdicts = [];

// 1. Build.
let buildSeconds = null;
if (!flag('--no-build')) {
  process.stdout.write('Building the site… ');
  const started = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.log('failed.');
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
  console.log(`done in ${buildSeconds.toFixed(1)} s.`);
}

// 2. Bytes per page.
const pages = sitePages();
console.log(`\nPage weight (${pages.length} pages; gzip level 6, brotli quality 11; 1 kB = 1000 bytes)\n`);
console.log(
  `${pad('page', 26)}${lpad('HTML raw', 11)}${lpad('gzip', 10)}${lpad('brotli', 10)}${lpad('CSS gz', 10)}${lpad('JS gz', 10)}${lpad('requests', 10)}  budgets`,
);
for (const path of pages) {
  const w = pageWeight(path);
  const checks = checkBudgets(w);
  console.log(
    `${pad(path, 26)}${lpad(kB(w.html.raw), 11)}${lpad(kB(w.html.gzip), 10)}${lpad(kB(w.html.brotli), 10)}` +
      `${lpad(kB(w.css.gzip), 10)}${lpad(kB(w.js.gzip), 10)}${lpad(w.requests, 10)}  ` +
      (checks.every((c) => c.ok)
        ? 'ok'
        : checks
            .filter((c) => !c.ok)
            .map((c) => `OVER ${c.name}`)
            .join('; ')),
  );
}
const weights = pages.map((p) => pageWeight(p));
const maxOf = (f) => Math.max(...weights.map(f));
verdicts.push(
  {
    name: `JS ≤ ${kB(BUDGETS.jsGzip)} gzip on every page`,
    ok: maxOf((w) => w.js.gzip) <= BUDGETS.jsGzip,
    detail: `largest ${kB(maxOf((w) => w.js.gzip))}`,
  },
  {
    name: `CSS ≤ ${kB(BUDGETS.cssGzip)} gzip on every page`,
    ok: maxOf((w) => w.css.gzip) <= BUDGETS.cssGzip,
    detail: `largest ${kB(maxOf((w) => w.css.gzip))}`,
  },
  ...['/', '/es/'].map((home) => ({
    name: `${home} front page HTML ≤ ${kB(BUDGETS.homeHtmlBrotli)} brotli`,
    ok: pageWeight(home).html.brotli <= BUDGETS.homeHtmlBrotli,
    detail: kB(pageWeight(home).html.brotli),
  })),
  ...['/all/', '/es/all/'].map((all) => ({
    name: `${all} whole explainer HTML (all charts inline) ≤ ${kB(BUDGETS.allHtmlBrotli)} brotli`,
    ok: pageWeight(all).html.brotli <= BUDGETS.allHtmlBrotli,
    detail: kB(pageWeight(all).html.brotli),
  })),
);
if (buildSeconds !== null)
  console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s (astro build, ${pages.length} pages)`);

// 3. Lighthouse.
if (!flag('--no-lighthouse')) {
  const server = await serve({ dir: 'dist', port: 0 });
  const base = server.url;
  // The server compresses each file on its first request and keeps the result, as a static host serves
  // pre-compressed files; without this, the first run of each page would wait for brotli at quality 11.
  for (const path of LIGHTHOUSE_PAGES)
    await fetch(new URL(path.slice(1), base), { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }).then((r) =>
      r.arrayBuffer(),
    );
  console.log(
    `\nLighthouse mobile (brotli/gzip as a static host sends it), ${RUNS} run(s) per page, median of each figure\n`,
  );
  console.log(
    `${pad('page', 12)}${lpad('perf', 6)}${lpad('a11y', 6)}${lpad('best', 6)}${lpad('SEO', 6)}${lpad('LCP', 9)}${lpad('CLS', 8)}${lpad('TBT', 9)}`,
  );
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await withRetries(() => lighthouse(new URL(path.slice(1), base).href)));
      // The median of each figure on its own: with every run scoring 100, a run picked by its score would be
      // whichever came second, not the middle LCP.
      const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const s = Object.fromEntries(Object.keys(runs[0].scores).map((k) => [k, median(runs.map((x) => x.scores[k]))]));
      const r = {
        lcp: median(runs.map((x) => x.lcp)),
        cls: median(runs.map((x) => x.cls)),
        tbt: median(runs.map((x) => x.tbt)),
        failing: [...new Set(runs.flatMap((x) => x.failing))],
      };
      if (RUNS > 1)
        console.log(`${pad('', 12)}  LCP of each run: ${runs.map((x) => `${(x.lcp / 1000).toFixed(2)} s`).join(', ')}`);
      console.log(
        `${pad(path, 12)}${lpad(s.performance, 6)}${lpad(s.accessibility, 6)}${lpad(s['best-practices'], 6)}${lpad(s.seo, 6)}` +
          `${lpad(`${(r.lcp / 1000).toFixed(2)} s`, 9)}${lpad(r.cls.toFixed(3), 8)}${lpad(`${Math.round(r.tbt)} ms`, 9)}`,
      );
      const all100 = Object.values(s).every((v) => v === 100);
      verdicts.push({
        name: `${path}: Lighthouse mobile 100 in all four categories`,
        ok: all100,
        detail: `${Object.entries(s)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}${all100 ? '' : `; below 1: ${r.failing.join(', ')}`}`,
      });
      verdicts.push({ name: `${path}: CLS 0`, ok: r.cls === 0, detail: r.cls.toFixed(3) });
      // The front pages are the way in: their paint and main-thread budgets are the tightest (issue 22).
      if (path === '/' || path === '/es/') {
        verdicts.push(
          { name: `${path}: LCP ≤ 1.0 s`, ok: r.lcp <= 1000, detail: `${(r.lcp / 1000).toFixed(2)} s` },
          { name: `${path}: TBT ≤ 50 ms`, ok: r.tbt <= 50, detail: `${Math.round(r.tbt)} ms` },
        );
      }
    }
  } finally {
    await server.close();
  }
}

// 4. Verdict.
console.log('\nBudgets\n');
for (const v of verdicts) console.log(`${v.ok ? 'holds ' : 'FAILS '} ${v.name} (${v.detail})`);
process.exitCode = verdicts.every((v) => v.ok) ? 0 : 1;

/** Lighthouse sometimes loses its trace (NO_NAVSTART, NO_FCP) on a busy machine; such a run is repeated. */
async function withRetries(run, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (error) {
      if (i >= attempts) throw error;
      console.error(`  (Lighthouse run failed, trying again: ${String(error.message).split('\n').slice(-1)[0]})`);
    }
  }
}

/** Runs the Lighthouse 13 CLI once; returns scores (0–100), LCP, CLS, TBT and the audits that cost points. */
function lighthouse(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'node_modules/.bin/lighthouse',
      [
        url,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code} for ${url}:\n${err.slice(-2000)}`));
      const lhr = JSON.parse(out);
      if (SAVE) {
        mkdirSync(SAVE, { recursive: true });
        const name = new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
        writeFileSync(join(SAVE, `${name}-${Date.now()}.json`), out);
      }
      if (lhr.runtimeError) return reject(new Error(`lighthouse: ${lhr.runtimeError.message}`));
      const scores = Object.fromEntries(
        Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]),
      );
      const failing = Object.values(lhr.categories).flatMap((c) =>
        c.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
      );
      resolve({
        scores,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        failing,
      });
    });
  });
}
