// Every word of the site's interface in English: the one place a translator copies from. Content
// (sections, summary, log, chart data) lives in content/<locale>/; chart sentences in src/i18n/charts/.
// A key missing from another language's dictionary is a type error (`npm run check`).

const name = 'The IRS–ICE Data Agreement, Explained';

export const en = {
  site: {
    /** Name shown in the header, on share cards and in <title>. */
    name,
    /** Short name for tight spaces (share images, manifest). */
    shortName: 'IRS–ICE data, explained',
    /** Default description for pages without their own. */
    description:
      'How the IRS agreed in April 2025 to check ICE’s lists against taxpayer records, the law behind it, what the courts said, what data moved, and what undocumented immigrants pay in taxes.',
    /** Publisher named in JSON-LD and the footer. */
    publisher: 'The IRS–ICE Data Explainer project',
    /** The home page's headline (h1): describes, does not conclude. The header bar keeps `name`. */
    headline: 'The IRS gave ICE 47,289 addresses from tax records; two judges have since blocked the sharing',
    /** The home page's dek, one sentence: short enough to leave the Latest line and a key number on a phone's first screen. */
    dek: 'Under an April 2025 agreement, Immigration and Customs Enforcement sends the IRS names, and the IRS can return a last known address from its tax records.',
    byline: 'By the IRS–ICE Data Explainer project',
    /** Before the editors' names when EDITORS is set (src/lib/editors.ts): "By Ana Ruiz and Sam Lee". */
    bylineBy: 'By',
    homeCardAlt: `${name}: the April 2025 IRS–ICE memorandum, the law, the courts and the data`,
  },
  base: {
    skip: 'Skip to content',
    lastUpdated: 'Last updated',
    sourcesAndMethods: 'Sources and methods',
    corrections: 'Corrections and updates',
    summary: 'One-page summary',
    footerNote:
      'An independent explainer. No tracking, no cookies, no third-party requests. Nothing here is legal advice.',
    languages: 'Languages',
  },
  home: {
    published: 'Published',
    updated: 'Updated',
    sourcesChecked: 'Sources checked through',
    reportError: 'Report an error',
    printSummary: 'Print the one-page summary',
    /** How quotations translated from English are marked; empty where none are. */
    translationNote: '',
    /** The dated line under the dek: the newest development in the log. */
    latest: 'Latest',
    shortVersion: 'The short version',
    sections: 'The explainer, section by section',
    sectionsDek: 'Each section has its own page, with its notes and sources.',
    readAll: 'Read the whole explainer on one page',
    more: 'More from the explainer',
    /** Heading of the lower key numbers (taxes and workforce). */
    taxesAndWork: 'Taxes and work',
  },
  /** /all/: every section on one page, for print and search. */
  all: {
    title: 'The whole explainer on one page',
    description: `Every section of ${name} on one page, with all notes and sources: for printing and searching.`,
    dek: 'Every section on one page, for printing or searching. Each section also has its own page.',
  },
  contents: 'Contents',
  section: {
    updated: 'Updated',
    linkTo: 'Link to this section:',
    readInFull: (title: string) => `Read ${title.toLowerCase()} in full`,
    allSources: 'All sources',
    backToContents: 'Back to contents',
    oneSectionOf: 'One section of',
    readFull: 'Read the full explainer',
    /** Reading pages (/s/<id>/): place, neighbours and the way back. */
    position: (n: number, total: number) => `Section ${n} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    frontPage: 'Front page',
    onePage: 'All on one page',
    lastChange: 'Last change',
  },
  notes: {
    /** Visually hidden before each note number: "Note 12". */
    note: 'Note ',
    heading: 'Notes',
    backLabel: (n: string) => `Back to reference ${n}`,
    showInList: 'Show in the list of notes',
    /** Added after a translated quotation's note: the original words. */
    originalQuote: 'Original:',
    /** After a quotation translated from English (not used in English). */
    translatedQuote: 'tr.',
  },
  share: {
    label: 'Share this section',
    copy: 'Copy link',
    native: 'Share…',
    pageFor: 'Page for this section: ',
    more: 'More ways to share',
    networks: 'X, Bluesky, Facebook, LinkedIn, Reddit, email, Mastodon',
    share: 'share',
    email: 'Email',
    mastodonCopy: 'Copy this into a new post on your Mastodon server:',
    mastodonOpen: 'Or open your server’s share page:',
    open: 'Open',
    /** Words the share-controls script says; rendered as data- attributes, never bundled. */
    copied: 'Link copied.',
    copyFailed: 'Could not copy. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    nativeFailed: 'The share menu did not open. Use “Copy link” instead.',
    mastodonHint: 'Type your Mastodon server’s address, for example mastodon.social.',
    linkToSection: 'Link to this section',
  },
  log: {
    follow: 'Follow updates (Atom feed)',
    correction: 'Correction',
    update: 'Update',
    seeSection: 'see section',
    all: 'All corrections and updates',
    allRest: ', newest first, with the Atom feed.',
    pageDescription: `Every correction and update to ${name}, newest first, with the section each one concerns.`,
    pageDek: 'Every change to a figure or a claim in the explainer, newest first. How sources were chosen and checked:',
    backToExplainer: 'Back to the explainer',
    /** The log in two parts: what happened or was corrected, and how the site changed. */
    developments: 'News and corrections',
    developmentsDek: 'New developments we added and facts we corrected.',
    siteChanges: 'Changes to the site',
    siteChangesDek: 'Layout, charts, translation and sources re-checked; no fact changed.',
    siteChange: 'Site change',
  },
  feed: {
    title: `Updates and corrections: ${name}`,
    subtitle: 'Every update and correction to the explainer, newest first.',
    entryTitle: (kind: string, about: string) => `${kind}: ${about}`,
  },
  sources: {
    title: 'All sources',
    description: `Every source cited in ${name}: publisher, title, date and link, with the sections that cite it.`,
    dek: 'Every document, article and data set cited in the explainer, by title, with the sections that cite it. How sources were chosen and checked:',
    count: (n: number) => `${n} sources are cited on this site.`,
    citedIn: 'Cited in:',
    pointer: (n: number) =>
      `The ${n} sources cited on this site, each with the sections that cite it, are listed on their own page:`,
    pointerRest: 'Each section’s notes give the sources for its statements.',
  },
  notFound: {
    title: 'Page not found',
    description: `This address is not part of ${name}. Start from the contents.`,
    dek: 'There is no page at this address. It may have been mistyped, or the link that brought you here is out of date.',
    goHome: 'Go to the home page',
    orPick: 'or pick a section from the contents below.',
  },
  summary: {
    title: 'One-page summary',
    lastUpdated: 'Last updated',
    readFull: 'Read the full explainer',
    print: 'Print this page',
    keyPoints: 'Key points',
    timeline: 'Timeline',
    courts: 'Where things stand in court',
    asOf: 'As of',
    sources: 'Sources',
    figuresReadIn: 'Figures read in',
    aCopy: 'a copy quoting it',
    fullExplainer: 'The full explainer',
    moreNote: 'Every figure, date and ruling, with links to all sources and the corrections log.',
    qr: (url: string) => `QR code for ${url}`,
    waffle: 'Each square is 1% of U.S. workers.',
    keyNumbers: 'Key numbers',
    more: 'More',
    aCopyShort: 'a copy',
    citeSource: 'Source ',
  },
  chart: {
    frame: 'Chart',
    showTable: 'Data table',
    /** The disclosure under a chart with its full citations, period and notes. */
    about: 'About the data',
    /** After the first publishers on a chart's source line: how many more the disclosure lists. */
    andOthers: (n: number) => `and ${n} others`,
    source: 'Source',
    sources: 'Sources',
    period: 'Period:',
    notes: 'Notes:',
    download: 'Download the data (CSV)',
    figuresReadIn: 'figures read in',
    aCopy: 'a copy quoting it',
    keys: 'Use the arrow keys to read each value; Escape hides it.',
    notComparable: 'Not comparable, so not drawn:',
    revisedSeries: 'Revised series',
  },
  timeline: {
    /** The visible tag of each kind of timeline entry (<Entry kind="…">). */
    kinds: { court: 'Court', data: 'Data', officials: 'Officials' },
    /** The label of an entry marked as a turning point (<Entry turn>). */
    turn: 'Turning point',
  },
  card: {
    homeHeader: 'An independent explainer',
    homeSummary: 'The April 2025 IRS–ICE memorandum, the law, the courts and the data, with every figure sourced.',
    /** The summary's share title (og:title) and card headline: says what the page holds, standing alone in a feed. */
    summaryTitle: 'The IRS–ICE data agreement on one page: the law, the courts and the key figures',
    summarySummary:
      'The agreement, the law, the court cases and the key figures on a single printable page, each with its source.',
  },
  kit: {
    embedAndCite: 'Embed code and how to cite',
    /** The reuse kit under every chart (ReuseKit.astro); words the script says are data- attributes. */
    label: 'Download and share',
    png: 'Download PNG',
    svg: 'Download SVG',
    page: 'Chart page',
    copyLink: 'Copy chart link',
    embedCode: 'Embed code (HTML):',
    embedHelp: 'It shows at this fixed height without JavaScript and follows the reader’s light or dark setting.',
    copyEmbed: 'Copy embed code',
    copiedLink: 'Link copied.',
    copiedEmbed: 'Embed code copied.',
    copyFailed: 'Could not copy. Select the text and press Ctrl+C (⌘C on a Mac).',
    cite: 'How to cite:',
    citation: (publisher: string, title: string, date: string, url: string) =>
      `${publisher}, “${title},” ${date}, ${url}.`,
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    licenceNote: 'for our chart and words; the data belong to their sources.',
    /** The source line of the downloaded image and SVG. */
    source: (publishers: string, count: number) => `${count > 1 ? 'Sources' : 'Source'}: ${publishers}.`,
    /** The credit line of the downloaded image and SVG. */
    credit: (url: string) => `${url} · CC BY 4.0`,
    /** The embed page and its iframe. */
    iframeTitle: (title: string) => `Chart: ${title}`,
    embedDetails: 'Sources, period and notes',
    fromSection: (site: string, section: string) => `From ${site}: ${section}`,
    /** The chart's share page (/c/<id>/). */
    pageFrom: 'A chart from',
    pageIn: 'in the section',
    readSection: 'Read the section it comes from',
    readFull: 'Read the full explainer',
    cardAlt: (takeaway: string, title: string) => `Chart: ${takeaway} ${title}.`,
  },
  /** The guide for ITIN filers (/itin/), the home page's box that leads to it, and the official help list. */
  itin: {
    boxTitle: 'If you file with an ITIN',
    readGuide: 'Read the guide for ITIN filers',
    officialHelp: 'Where to get official help',
    /** Before a toll-free number. */
    phone: 'Toll-free',
    /** After a link to a page that exists only in English (not used in English). */
    englishOnly: '',
    guideOf: 'A guide from',
    readFull: 'Read the full explainer',
    cardHeader: 'A guide for ITIN filers',
  },
  /** How readers report an error (the contact route: CONTACT_EMAIL or CONTACT_URL). */
  contact: {
    /** Sources and methods, "About this explainer": followed by the link. */
    howTo: 'To report an error or suggest a source we missed,',
    email: 'write to',
    form: 'use',
    formLabel: 'the page for reporting errors',
    log: 'see',
    please: 'Please name the section and the note, and link to the document that shows the correct information.',
  },
};
