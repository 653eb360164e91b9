import { chromium } from 'playwright-core';
import { serve } from './src/server/static-server.mjs';
const server = await serve({ dir: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
await page.goto(new URL('/', server.url).href);
const r = await page.evaluate(() => {
  const out = { total: document.documentElement.scrollHeight, sections: {} };
  for (const s of document.querySelectorAll('main section.section')) {
    const h = s.getBoundingClientRect().height;
    const figs = [...s.querySelectorAll('figure.chart')].reduce((a, f) => a + f.getBoundingClientRect().height, 0);
    const tl = [...s.querySelectorAll('ol.timeline')].reduce((a, f) => a + f.getBoundingClientRect().height, 0);
    out.sections[s.id] = [Math.round(h), Math.round(figs), Math.round(tl)];
  }
  const hero = document.querySelector('.hero'); out.hero = Math.round(hero?.getBoundingClientRect().height ?? 0);
  const toc = document.querySelector('nav'); out.toc = Math.round(toc?.getBoundingClientRect().height ?? 0);
  return out;
});
console.log(JSON.stringify(r, null, 1));
await browser.close(); server.close();
