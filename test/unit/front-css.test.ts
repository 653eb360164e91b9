import { describe, expect, it } from 'vitest';
import { frontCss } from '../../src/integrations/front-css';

// What the front pages inline of the site's stylesheet: the rules that can apply to them, on screen and in print.
const css = [
  '.lede{color:red}.lede:hover{color:blue}',
  '@media (prefers-color-scheme:dark){.lede{color:pink}.timeline{color:gray}}',
  '.timeline li{margin:0}',
  '.font-in h1{font-family:serif}.note-pop[hidden]{display:none}',
  'details[open]>summary{font-weight:700}',
  ':focus-visible{outline:2px solid}',
  '@media print{.lede{color:#000}.timeline{color:#111}}@page{margin:1cm}',
].join('');
const html =
  '<html><head><style>.timeline{}</style></head><body><h1>x</h1><p class="lede">y</p><details><summary>z</summary></details></body></html>';
const script =
  "document.documentElement.classList.add(`font-in`);pop.className='note-pop';pop.setAttribute('hidden','')";

describe('the front pages\u2019 stylesheet subset', () => {
  it('keeps the rules for what the page and its script name, with their states, dark mode and print, and drops the rest', async () => {
    const out = await frontCss(css, html, script);
    for (const kept of [
      '.lede{color:red}',
      '.lede:hover',
      '.lede{color:pink}',
      '.font-in h1',
      '.note-pop[hidden]',
      'details[open]>summary',
      ':focus-visible{',
      '@media print{.lede{color:#000}}',
      '@page{margin:1cm}',
    ]) {
      expect(out, kept).toContain(kept);
    }
    for (const dropped of ['.timeline', '#111']) expect(out, dropped).not.toContain(dropped);
  });
});
