// The flags every Chromium the tests and the bench start gets, besides its headless mode: no sandbox (root in
// CI containers), no GPU, and nothing the browser would fetch on its own (updates, sync, QUIC probes), so the
// only requests are the page's.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
