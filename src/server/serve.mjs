// `npm run serve`: serves the built site on 127.0.0.1 and prints its address.
import { existsSync } from 'node:fs';
import { serve } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await serve({ dir: 'dist', port });
console.log(`Serving the explainer at ${url}  (Ctrl+C to stop)`);
