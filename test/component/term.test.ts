import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Term from '../../src/components/Term.astro';

describe('<Term>', () => {
  it('renders a button that opens its definition as a popover, with an id scoped to the section', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Term, {
      props: { def: 'A nine-digit IRS tax-processing number.', scope: 'who-is-affected' },
      slots: { default: 'ITIN' },
    });
    expect(html).toContain('<button type="button" class="term" popovertarget="term-who-is-affected-itin"');
    expect(html).toMatch(/<span popover id="term-who-is-affected-itin"[^>]*><strong>ITIN:<\/strong> <span id="term-who-is-affected-itin-text">A nine-digit IRS tax-processing number\.<\/span>/);
    // The button is described by the definition alone, not by the term again or the close button.
    expect(html).toContain('aria-describedby="term-who-is-affected-itin-text"');
    // A visible close button, so touch readers need not know about tapping outside.
    expect(html).toContain('popovertarget="term-who-is-affected-itin" popovertargetaction="hide" aria-label="Close: ITIN"');
  });

  it('refuses a term without a definition, naming the term and section', async () => {
    const container = await AstroContainer.create();
    await expect(
      container.renderToString(Term, { props: { def: ' ', scope: 'the-law' }, slots: { default: 'Return information' } }),
    ).rejects.toThrow('<Term> "Return information" in section "the-law" needs a def');
  });
});
