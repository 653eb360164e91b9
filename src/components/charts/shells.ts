// Every chart a writer can place with <Chart id="…" />: its dataset id and the thin .astro shell
// that draws it. One list, read by <Chart> and by the component tests.
import DataChain from './DataChain.astro';
import IndustryShare from './IndustryShare.astro';
import Lawsuits from './Lawsuits.astro';
import RequestsVsDisclosed from './RequestsVsDisclosed.astro';
import RevenueScenarios from './RevenueScenarios.astro';
import TaxesByLevel from './TaxesByLevel.astro';
import TaxesByState from './TaxesByState.astro';
import WorkforceShare from './WorkforceShare.astro';

export const SHELLS = {
  'taxes-by-level': TaxesByLevel,
  'taxes-by-state': TaxesByState,
  'workforce-share': WorkforceShare,
  'industry-share': IndustryShare,
  'requests-vs-disclosed': RequestsVsDisclosed,
  'data-chain': DataChain,
  lawsuits: Lawsuits,
  'revenue-scenarios': RevenueScenarios,
} as const;

export type ChartId = keyof typeof SHELLS;
