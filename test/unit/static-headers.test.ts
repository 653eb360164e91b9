import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFor, parseHeaders } from '../../src/server/static-server.mjs';

// The test server sends public/_headers path by path, as Cloudflare Pages does: every matching block in
// order, "! Name" dropping what an earlier block set, a header set twice joined with a comma.
describe('headers per path from a _headers file', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const frameAncestors = (path: string) =>
    /frame-ancestors ([^;]+)$/.exec(headersFor(rules, path)['Content-Security-Policy'] ?? '')?.[1];

  it('lets any site frame /embed/<id>/ and no other page', () => {
    expect(frameAncestors('/embed/taxes-by-level/')).toBe('*');
    expect(headersFor(rules, '/embed/taxes-by-level/')['X-Frame-Options']).toBeUndefined();
    for (const path of ['/', '/c/taxes-by-level/', '/s/in-court/', '/embed', '/x/embed/y/', '/charts/lawsuits.svg']) {
      expect(frameAncestors(path), path).toBe("'none'");
      expect(headersFor(rules, path)['X-Frame-Options'], path).toBe('DENY');
    }
  });

  it('keeps every other header of "/*" on the embeds', () => {
    const all = headersFor(rules, '/');
    const embed = headersFor(rules, '/embed/lawsuits/');
    for (const name of ['Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options', 'Strict-Transport-Security'])
      expect(embed[name], name).toBe(all[name]);
    expect(embed['Content-Security-Policy']!.split(',')).toHaveLength(1);
  });

  it('reads detach lines, placeholders and repeated headers the way Cloudflare Pages does', () => {
    const r = parseHeaders('/*\n  A: 1\n  B: 2\n/p/:slug\n  ! B\n  A: 3\n# comment\n/q/*\n  C: x\n');
    expect(headersFor(r, '/p/one')).toEqual({ A: '1, 3' });
    expect(headersFor(r, '/p/one/two')).toEqual({ A: '1', B: '2' });
    expect(headersFor(r, '/q/a/b')).toEqual({ A: '1', B: '2', C: 'x' });
  });
});
