// The environment the suite builds with: a deployment build (DEPLOY=1, as `npm run build:prod`), so print,
// QR codes, share URLs and page lengths are the ones readers get. The environment's SITE_URL is kept when
// it is https (a deployment build refuses anything else); otherwise a placeholder https host stands in.
// A reader contact is set unless the environment gives one.
export const TEST_SITE_URL = 'https://explainer.example.org/';
export const TEST_CONTACT_EMAIL = 'corrections@example.org';

export function deployEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const given = env.SITE_URL?.trim() ?? '';
  const out: NodeJS.ProcessEnv = {
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    DEPLOY: '1',
    SITE_URL: /^https:\/\//i.test(given) ? given : TEST_SITE_URL,
  };
  if (!env.CONTACT_EMAIL?.trim() && !env.CONTACT_URL?.trim()) out.CONTACT_EMAIL = TEST_CONTACT_EMAIL;
  return out;
}
