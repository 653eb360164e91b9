import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Term from '../../src/components/Term.astro';

describe('<Term>', () => {
  it('renders an inline link to its definition, with an id scoped to the section and no button', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Term, {
      props: { def: 'A nine-digit IRS tax-processing number.', scope: 'who-is-affected' },
      slots: { default: 'ITIN' },
    });
    expect(html).toContain('<a class="term" href="#term-who-is-affected-itin"');
    expect(html).toMatch(
      /<span popover id="term-who-is-affected-itin"[^>]*><strong>ITIN:<\/strong> <span id="term-who-is-affected-itin-text">A nine-digit IRS tax-processing number\.<\/span><\/span>$/,
    );
    // The term is described by the definition alone, not by the term again.
    expect(html).toContain('aria-describedby="term-who-is-affected-itin-text"');
    // A button cannot break across lines, and a close button would be a button inside the sentence.
    expect(html).not.toContain('<button');
  });

  it('refuses a term without a definition, naming the term and section', async () => {
    const container = await AstroContainer.create();
    await expect(
      container.renderToString(Term, {
        props: { def: ' ', scope: 'the-law' },
        slots: { default: 'Return information' },
      }),
    ).rejects.toThrow('<Term> "Return information" in section "the-law" needs a def');
  });
});
