/** The benchmark's results as one object, and as the Markdown table that is printed. */
import type { BuildTime } from './buildTime';
import type { CpuResult, RatioResult, ThroughputResult } from './node';
import { BUDGETS, type FileSize, type ViewSize, type ZipSize } from './sizes';
import { bytes, ms, round, us } from './stats';
import type { ViewReadiness } from './views';
import type { WorkerdResult } from './workerd';

/** The performance targets that are not size budgets. */
export const TARGETS = {
  /** Ours per event at most this times the SDK's. */
  sdkRatio: 1.0,
  viewReadyMs: 500,
  /** Heap left after 100,000 events and a full GC: more than this would be a leak (10 B per event). */
  heapGrowthBytes: 1_000_000,
};

export interface Results {
  machine: Record<string, string | number>;
  quick: boolean;
  budgets: typeof BUDGETS;
  build?: BuildTime;
  sizes?: { libraries: FileSize[]; views: ViewSize[]; zip: ZipSize };
  node?: { cpu: CpuResult; throughput: ThroughputResult };
  workerd?: WorkerdResult;
  views?: { chromium: string; views: ViewReadiness[] };
}

export interface Row {
  section: number;
  measure: string;
  result: string;
  target: string;
  status: '' | 'ok' | 'OVER' | 'n/a';
}

const within = (value: number, limit: number): Row['status'] => (value <= limit ? 'ok' : 'OVER');

function ratioRow(measure: string, r: RatioResult): Row {
  return { section: 1, measure, result: `${r.ratio}× (per round ${r.roundMin}–${r.roundMax}×)`, target: `≤ ${TARGETS.sdkRatio.toFixed(1)}×`, status: within(r.ratio, TARGETS.sdkRatio) };
}

export function tableRows(results: Results): Row[] {
  const rows: Row[] = [];
  const add = (section: number, measure: string, result: string, target = '', status: Row['status'] = '') => rows.push({ section, measure, result, target, status });
  const { machine } = results;
  if (results.node) {
    const { cpu, throughput } = results.node;
    const c = cpu.contenders;
    const t = (name: keyof typeof c) => `${us(c[name].medianUs)} (mean ${us(c[name].meanUs)}, ${c[name].samples.toLocaleString('en-US')} events)`;
    add(1, 'Node, ours: `prepareEvent` (settings → Graph request body), median per event', t('oursPrepare'));
    add(1, `Node, Meta SDK ${machine.sdk}: \`UserData\` + \`CustomData\` + 5 \`Content\` + \`ServerEvent\`, \`normalize()\`, JSON, median per event`, t('sdkBuild'));
    rows.push(ratioRow('Ratio ours / SDK (request body)', cpu.prepareVsSdk));
    add(1, 'Node, ours: the built action with an immediate `fetch`, median per event', t('oursAction'));
    add(1, 'Node, Meta SDK: the same objects + `EventRequest.execute()` with an immediate HTTP service, median per event', t('sdkExecute'));
    rows.push(ratioRow('Ratio ours / SDK (whole call)', cpu.actionVsSdk));
    const same = Object.keys(cpu.agreement).filter((k) => cpu.agreement[k] === 'same');
    const differs = Object.keys(cpu.agreement).filter((k) => cpu.agreement[k] === 'differs');
    add(1, 'Hashed user_data vs the SDK on the same raw input', `same: ${same.join(', ') || '–'}; differs: ${differs.join(', ') || '–'}`);
    const pin = throughput.pinnedCpu === undefined ? 'unpinned' : `pinned to CPU ${throughput.pinnedCpu}`;
    add(3, `Node throughput, built action, immediate \`fetch\`, one event at a time (${pin}), median of ${throughput.runs.length} × ${throughput.eventsPerRun.toLocaleString('en-US')}`, `${throughput.eventsPerSecond.toLocaleString('en-US')} events/s`);
    const growth = throughput.heapGrowthBytes;
    const ofRuns = throughput.runs.length === 1 ? 'one run' : `largest of ${throughput.runs.length} runs`;
    add(3, `Heap growth over ${throughput.eventsPerRun.toLocaleString('en-US')} events, after forced GC (${ofRuns})`, `${growth >= 0 ? '+' : ''}${bytes(growth)}`, `< ${bytes(TARGETS.heapGrowthBytes)} (no leak)`, within(growth, TARGETS.heapGrowthBytes));
  }
  if (results.workerd) {
    const w = results.workerd;
    add(2, `workerd ${machine.workerd}: built action, immediate \`fetch\`, batch of ${w.batch.toLocaleString('en-US')} minus an empty batch (${ms(w.emptyBatchMs)}), median of ${w.repsUs.length}`, `${us(w.perEventUs)} per event (reps ${Math.min(...w.repsUs)}–${Math.max(...w.repsUs)})`, 'same request as Node', w.sameRequestAsNode ? 'ok' : 'OVER');
    add(2, 'workerd floor: an action that only makes the one fetch and reads the answer, same harness', `${us(w.baselinePerEventUs)} per event (ours above it: ${us(round(w.perEventUs - w.baselinePerEventUs))})`);
  }
  if (results.sizes) {
    const { libraries, views, zip } = results.sizes;
    for (const lib of libraries) add(4, `Library \`${lib.path}\``, `${bytes(lib.bytes)} (gzip ${bytes(lib.gzipBytes)})`, `≤ ${bytes(BUDGETS.libraryBytes)}`, within(lib.bytes, BUDGETS.libraryBytes));
    for (const view of views) {
      const files = view.js.length + view.css.length;
      add(4, `View \`${view.page}\`: JS + CSS, gzip (${files} file${files === 1 ? '' : 's'}; HTML ${bytes(view.htmlBytes)})`, `${bytes(view.jsGzipBytes)} + ${bytes(view.cssGzipBytes)} = ${bytes(view.totalGzipBytes)}`, `≤ ${bytes(BUDGETS.viewGzipBytes)}`, within(view.totalGzipBytes, BUDGETS.viewGzipBytes));
    }
    add(4, `Package zip (reactor-packager, ${zip.files} files)`, bytes(zip.bytes), `≤ ${bytes(BUDGETS.zipBytes)}`, within(zip.bytes, BUDGETS.zipBytes));
  }
  if (results.views) {
    for (const v of results.views.views) {
      if (v.ready) add(5, `View readiness \`${v.page}\`: navigation → form painted with init settings, median of ${v.loads.length} loads (fresh context each)`, `${ms(v.medianMs!)} (${round(v.minMs!)}–${round(v.maxMs!)}; script ran at ${round(v.medianRegisteredMs!)}, values in DOM at ${round(v.medianDomMs!)})`, `< ${TARGETS.viewReadyMs} ms`, v.medianMs! < TARGETS.viewReadyMs ? 'ok' : 'OVER');
      else add(5, `View readiness \`${v.page}\``, 'not measured: no init value appeared in a form field', `< ${TARGETS.viewReadyMs} ms`, 'n/a');
    }
  }
  if (results.build) add(6, `\`npm run build\` wall time, median of ${results.build.runsMs.length}`, `${ms(results.build.medianMs)} (runs ${results.build.runsMs.join(', ')} ms)`);
  return rows.sort((a, b) => a.section - b.section);
}

export function renderTable(results: Results, rows: Row[]): string {
  const m = results.machine;
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `Machine: ${m.nproc} CPUs (nproc), ${m.cpu}, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}, load average ${m.loadAverage1m} at start${results.views ? `, Chromium ${results.views.chromium}` : ''}.`,
    ...(results.quick ? ['QUICK RUN (fewer samples): not for the record.'] : []),
    '',
    '| # | Measure | Result | Target | Status |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.section} | ${cell(r.measure)} | ${cell(r.result)} | ${cell(r.target)} | ${r.status} |`),
  ];
  const notes = (results.views?.views ?? []).flatMap((v) => [
    ...(v.note ? [`${v.page}: ${v.note}`] : []),
    ...(v.pageErrors.length ? [`${v.page}: page errors: ${v.pageErrors.join(' / ')}`] : []),
    ...(v.abortedRequests.length ? [`${v.page}: aborted off-machine requests: ${v.abortedRequests.join(', ')}`] : []),
  ]);
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}
