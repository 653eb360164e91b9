// Every word the charts print in English: labels inside the drawings, the takeaway above each chart,
// its screen-reader description, the data table's headings and the CSV's column names. The chart
// maths (src/charts/) return numbers, ids and labels from the data; these templates make sentences.
import { NBSP, type Formatters } from '../format';
import type { Step } from '../../content/data-schema';
import type { TaxesByLevelFacts } from '../../charts/taxes-by-level';
import type { TaxesByStateFacts } from '../../charts/taxes-by-state';
import type { WorkforceShareFacts } from '../../charts/workforce-share';
import type { IndustryShareFacts } from '../../charts/industry-share';
import type { RequestsFacts } from '../../charts/requests-vs-disclosed';
import type { DataChainFacts } from '../../charts/data-chain';
import type { LawsuitsFacts } from '../../charts/lawsuits';
import type { CourtFightFacts } from '../../charts/court-fight';
import type { RevenueFacts } from '../../charts/revenue-scenarios';
import type { ChartText } from '../../charts/words';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const word = (n: number) => WORDS[n] ?? String(n);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
/** Lower-case the first letter only, so "IRS" and "ICE" inside a label keep their capitals. */
const low = (s: string) => s[0].toLowerCase() + s.slice(1);
const billions = (f: Formatters, v: number) => f.value(v, 'usd_billions');
const people = (f: Formatters, v: number) => f.value(v, 'people');

const steps: Record<Step, string> = {
  filed: 'filing',
  argued: 'argument',
  'relief-denied': 'relief denied',
  'relief-granted': 'relief granted',
  finding: 'finding, no new relief',
};
const noDate = 'Date not found';

export const enCharts = {
  /** The most words a chart headline (its takeaway) may have; the build stops on a longer one. */
  headlineWords: 14,
  // A line never ends between a number and its unit word ("10 points", "47,289 people") or inside a
  // date ("June 5, 2025"): those spaces become non-breaking ones before a chart wraps its text.
  hold: (text: string) =>
    text
      .replace(/(\d) (million|billion|thousand|people|percent|points?)(?![\p{L}])/gu, `$1${NBSP}$2`)
      .replace(/\b([A-Z][a-z]{2,8}\.?) (\d{1,2}), (\d{4})\b/g, `$1${NBSP}$2,${NBSP}$3`),
  areas: {
    areaNote: 'Each square’s area is proportional to the number of people.',
    people: (v: string) => `${v} people`,
    ofWhichPeople: (v: string) => `of which ${v} people`,
    enlarged: (what: string) => `${what}, enlarged`,
    aboutShare: (count: string, share: number) => `${count} (about ${share}%)`,
    aboutShareOf: (count: string, share: number, all: string) => `${count}, about ${share}% of ${all}`,
    all: (count: string) => `All ${count}`,
    magnified: (times: string) => `The bar has ${times} times the area of the small filled square.`,
  },
  taxesByLevel: {
    total: (stated: string) => `Total ${stated}`,
    totalDiffers: (stated: string, sum: string) => `Total ${stated} as stated; the parts add up to ${sum} (rounding)`,
    partOf: (label: string, whole: string) => `${label} (part of ${whole})`,
    ofWhich: (label: string, value: string) => `of which ${label} ${value}`,
    text: (x: TaxesByLevelFacts, f: Formatters): ChartText => ({
      takeaway: `${cap(word(x.blocks.length))} estimates: ${x.blocks.map((b) => billions(f, b.total)).join(' and ')} in taxes${
        x.mostly ? `, most of it ${x.mostly.toLowerCase()}` : ''
      }.`,
      description:
        'Bar chart. ' +
        x.blocks
          .map((b) => {
            const bars = b.bars.map(({ label, value, parts }) => {
              const of = parts.length
                ? ` (of which ${parts.map((p) => `${p.label} ${billions(f, p.value)}`).join(', ')})`
                : '';
              return `${label.toLowerCase()} ${billions(f, value)}${of}`;
            });
            const total = b.stated !== undefined ? `total ${billions(f, b.stated)}: ` : '';
            return `${b.name}: ${total}${bars.join('; ')}.`;
          })
          .join(' ') +
        ' The two estimates cover different years and use different methods, so they are shown side by side rather than as a trend.',
    }),
  },
  taxesByState: {
    text: (x: TaxesByStateFacts, f: Formatters): ChartText => {
      const [first, ...rest] = x.states;
      const next = rest.slice(0, 2).map((r) => `${r.label} (${billions(f, r.value)})`);
      return {
        takeaway: `${first.label} led with ${billions(f, first.value)}${next.length ? `, then ${next.join(' and ')}` : ''}.`,
        description: `Bar chart of state and local taxes paid by undocumented immigrants in ${x.period}, largest first: ${x.states
          .map((r) => `${r.label} ${billions(f, r.value)}`)
          .join(', ')}.`,
      };
    },
  },
  workforceShare: {
    eachSquare: 'Each square is 1% of U.S. workers.',
    filled: (n: string, share: string, workers: string | undefined, period: string) =>
      `Filled: ${n} squares = ${share}${workers ? `, ${workers} workers` : ''} (${period})`,
    shareMark: (period: string) => `Unauthorized immigrant workers, ${period}`,
    shareValue: (share: string, workers?: string) => `${share} of U.S. workers${workers ? ` (${workers})` : ''}`,
    restMark: (period: string) => `All other U.S. workers, ${period}`,
    text: (x: WorkforceShareFacts, f: Formatters): ChartText => {
      const share = f.value(x.share, 'percent');
      const count = x.people !== undefined ? `${people(f, x.people)} workers, ` : '';
      return {
        takeaway: `${cap(f.oneIn(x.share))} U.S. workers (${share}) was an unauthorized immigrant in ${x.period}.`,
        description:
          `Grid of 100 squares, each 1% of U.S. workers. ${x.full} squares${x.part ? ` and ${x.part}% of another` : ''} are filled: ` +
          `${count}${share} of the workforce in ${x.period}, ${f.oneIn(x.share)}.`,
      };
    },
  },
  industryShare: {
    text: (x: IndustryShareFacts, f: Formatters): ChartText => ({
      takeaway: `In ${x.first.label.toLowerCase()}, ${f.oneIn(x.first.value)} workers (${f.value(x.first.value, 'percent')}) was an unauthorized immigrant in ${x.period}.`,
      description: `Bar chart of the share of each industry’s workers who were unauthorized immigrants in ${x.period}: ${x.industries
        .map((r) => `${r.label} ${f.value(r.value, 'percent')}`)
        .join('; ')}.`,
    }),
  },
  requests: {
    eachSquare: (whole: string, period: string) =>
      `Each square is 1% of the ${whole} names in ICE’s request of ${period}.`,
    filled: (count: string, share: string, period: string) =>
      `Filled: the ${count} addresses the IRS disclosed on ${period}, ${share} of those names.`,
    refused: (items: string[]) =>
      `Before it, the IRS refused ${items.length === 1 ? 'a larger request' : `${word(items.length)} larger requests`}: ${items.join(' and ')}.`,
    restMark: (label: string, period: string) => `${label} (${period}), names with no address disclosed`,
    text: (x: RequestsFacts, f: Formatters): ChartText => ({
      takeaway: x.next
        ? `The IRS disclosed addresses for ${people(f, x.smallest.value)} of the ${people(f, x.next.value)} names: about ${x.next.share.toFixed(1)}%.`
        : `${x.smallest.label}: ${people(f, x.smallest.value)}.`,
      description:
        'Squares with areas proportional to the number of people: ' +
        x.rows.map((r) => `${r.label} (${r.period}), ${people(f, r.value)} people`).join('; ') +
        '.',
    }),
  },
  dataChain: {
    text: (x: DataChainFacts, f: Formatters): ChartText => ({
      // The judge's count (42,695) is drawn and named under the headline; the headline keeps to the chain's ends.
      takeaway: `ICE’s requests named up to ${people(f, x.largest)} people; the IRS disclosed ${people(f, x.disclosed.value)} addresses.`,
      description:
        'Squares with areas proportional to the number of people. ' +
        x.requests.map((r) => `${r.label} (${r.period}): ${people(f, r.value)} people`).join('; ') +
        `. Inside the ${low(x.within.label)}, ${low(x.disclosed.label)} (${x.disclosed.period}): ${people(f, x.disclosed.value)}, ${x.disclosed.percentOfWithin.toFixed(1)}% of it.` +
        (x.part
          ? ` Of those, ${low(x.part.label)} (${x.part.period}): ${people(f, x.part.value)}, ${x.part.percentOfDisclosed.toFixed(1)}%.`
          : ''),
    }),
  },
  lawsuits: {
    steps,
    noDate,
    now: (status: string) => `Now: ${status}`,
    text: (x: LawsuitsFacts, f: Formatters): ChartText => {
      const date = (d?: string) => (d ? f.partialDate(d) : noDate);
      return {
        takeaway:
          `${cap(word(x.granted))} of ${word(x.cases.length)} lawsuits won orders limiting the sharing` +
          (x.denied ? `; ${word(x.denied)} lost${x.onAppeal ? ', also on appeal' : ''}.` : '.'),
        description:
          'Step tracks, one per lawsuit. ' +
          x.cases
            .map(
              (r) =>
                `${r.label} (${r.court}): ${r.steps.map((s) => `${date(s.date)}, ${s.ruling}`).join('; ')}. Now: ${r.status}.`,
            )
            .join(' '),
      };
    },
  },
  courtFight: {
    /** A ruling's effect on the data sharing (and what is not a ruling), as the legend names it. */
    looks: {
      blocked: { name: 'Blocked', means: 'a court order stops the sharing' },
      limited: { name: 'Limited', means: 'sharing only in narrow cases a court approves' },
      allowed: { name: 'Allowed', means: 'the court declines to stop the sharing' },
      pending: { name: 'Pending', means: 'argued, or no new order until an appeal is decided' },
      filing: { name: 'Filed', means: 'the lawsuit begins' },
      action: { name: 'Agency action', means: 'not a court ruling' },
    },
    legend: 'Key',
    events: { filing: 'filing', argument: 'argument', ruling: 'ruling', action: 'agency action' },
    noDate: 'Date not found',
    checked: (date: string) => `Sources checked through ${date}`,
    lane: 'Case or agencies',
    text: (x: CourtFightFacts, f: Formatters): ChartText => {
      const n = x.restricted.length;
      const kinds = new Set(x.restricted);
      const verbs = kinds.size > 1 ? 'limited or blocked' : kinds.has('blocked') ? 'blocked' : 'limited';
      const names = { blocked: 'blocked', limited: 'limited', allowed: 'allowed', pending: 'pending' } as const;
      const date = (d?: string) => (d ? f.partialDate(d) : 'date not found');
      return {
        takeaway: n
          ? `${cap(word(n))} trial court${n === 1 ? '' : 's'} ${verbs} IRS–ICE data sharing${x.allowedOnAppeal ? '; an appeals court allowed it' : ''}.`
          : x.allowedOnAppeal
            ? 'An appeals court allowed IRS–ICE data sharing.'
            : 'No court has blocked or limited IRS–ICE data sharing.',
        description:
          'Timeline in lanes, one per lawsuit and one for the agencies. ' +
          x.lanes
            .map(
              ({ lane, rows }) =>
                `${lane.label}: ${rows.map((r) => `${date(r.date)}, ${r.label}${r.effect ? ` (${names[r.effect]})` : ''}`).join('; ')}.`,
            )
            .join(' ') +
          ` Sources checked through ${f.partialDate(x.checkedThrough)}.`,
      };
    },
  },
  revenue: {
    ownScale: (label: string) => `${label}, own scale`,
    range: (range: string) => `range ${range}`,
    text: (x: RevenueFacts, f: Formatters): ChartText => {
      const stated = (r: RevenueFacts['studies'][number]['rows'][number]) =>
        f.value(r.value, r.unit) +
        (r.low !== undefined && r.high !== undefined ? ` (range ${f.range(r.low, r.high, r.unit)})` : '');
      const n = x.studies.length;
      const r = x.ranged;
      return {
        takeaway: r
          ? `${cap(word(n))} studies measure different things; one forecasts ${f.value(r.value, r.unit)} lost in ${r.period}.`
          : `${cap(word(n))} studies measure different things; none should be added together.`,
        description:
          'Bar chart, one block per study, not joined. ' +
          x.studies
            .map((s) => `${s.name}: ${s.rows.map((row) => `${row.label} (${row.period}), ${stated(row)}`).join('; ')}.`)
            .join(' '),
      };
    },
  },
  table: {
    figures: ['Figure', 'Value', 'Period', 'Source'],
    cases: ['Case', 'Latest ruling', 'What it means now', 'Source'],
    range: (range: string) => `Range ${range}`,
    notComparable: ' (not comparable)',
    noRuling: 'No ruling found',
    lanes: ['What happened', 'Date', 'Case or agencies', 'Effect on the sharing', 'Source'],
  },
  csv: {
    yes: 'yes',
    no: 'no',
    figures: ['group', 'label', 'value', 'unit', 'period', 'part_of', 'is_total', 'comparable', 'note', 'low', 'high'],
    cases: ['case', 'court', 'judge', 'status', 'now', 'step_date', 'step_court', 'step', 'step_kind'],
    lanes: ['lane', 'lane_courts', 'date', 'event', 'effect', 'appeal', 'what_happened'],
    sources: ['source_id', 'source_publisher', 'source_title', 'source_url', 'source_date'],
  },
};
