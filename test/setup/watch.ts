import type { Page } from 'playwright-core';

// What a page does while a test reads it: every request it makes, every console warning or error, script
// error and Content-Security-Policy violation. browser/every-page watches each page as it loads and
// browser/privacy one page of each kind while a reader uses it; both read the same record.

export interface Seen {
  /** Every request, with the page (as the test names it) that made it. */
  requests: { page: string; url: string; type: string }[];
  /** Console warnings and errors and uncaught script errors, with the page. */
  problems: { page: string; kind: string; text: string }[];
}

/** Starts recording what `page` does; `reading()` names the page being read when something happens. */
export async function watch(page: Page, reading: () => string): Promise<Seen> {
  const seen: Seen = { requests: [], problems: [] };
  page.on('request', (r) => seen.requests.push({ page: reading(), url: r.url(), type: r.resourceType() }));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      seen.problems.push({ page: reading(), kind: `console.${m.type()}`, text: m.text() });
  });
  page.on('pageerror', (e) => seen.problems.push({ page: reading(), kind: 'pageerror', text: e.message }));
  // Listens before any page script runs; init scripts are not subject to the page's CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      ),
    );
  });
  return seen;
}

/** The CSP violations the page in `page` has reported since it loaded. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** The requests that went anywhere but `origin` (data: and blob: URLs go nowhere). */
export const toOtherOrigins = (requests: Seen['requests'], origin: string) =>
  requests.filter((r) => !r.url.startsWith(origin + '/') && !/^(data|blob):/.test(r.url));

/** The site's own files among `requests` that do not answer 200 when asked again, as "status url". */
export async function failingOwnFiles(page: Page, requests: Seen['requests'], origin: string): Promise<string[]> {
  const failed: string[] = [];
  for (const url of new Set(requests.map((r) => r.url).filter((u) => u.startsWith(origin)))) {
    const res = await page.request.get(url);
    if (res.status() !== 200) failed.push(`${res.status()} ${url}`);
  }
  return failed;
}
