import { chromium } from 'playwright-core';
import { serve } from './src/server/static-server.mjs';
const server = await serve({ dir: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
await page.goto(new URL('/es/s/taxes-paid/', server.url).href);
for (const t of process.argv.slice(2)) {
  const lines = await page.evaluate((t) => {
    const h = document.querySelector('main h1'); h.textContent = t;
    const n = h.firstChild; const out = new Map();
    for (const m of t.matchAll(/\S+/g)) { const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length); const top = Math.round(r.getClientRects()[0].top); out.set(top, [...(out.get(top) ?? []), m[0]]); }
    return [...out.values()].map((w) => w.join(' '));
  }, t);
  console.log(JSON.stringify(lines));
}
await page.goto(new URL('/es/', server.url).href);
console.log(await page.evaluate(() => { const k = document.querySelector('.key-number-value').getBoundingClientRect(); const h = document.querySelector('main h1').getBoundingClientRect(); return { h1: [h.top, h.bottom], key: [k.top, k.bottom] }; }));
await browser.close(); server.close();
