// Links shared when every section was on the front page may name a note or a heading inside a section
// ("/#in-court-fn-5"). The front page keeps the sections' own ids (its index entries); any other id it
// lacks is sent on to the same place in the whole explainer on one page (/all/), which has them all.
const id = decodeURIComponent(location.hash.slice(1));
const all = document.querySelector<HTMLAnchorElement>('a[data-all-page]');
if (id && all && !document.getElementById(id)) location.replace(`${all.href.split('#')[0]}#${encodeURIComponent(id)}`);
