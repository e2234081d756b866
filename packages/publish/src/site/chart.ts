import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Fact } from '@reckon/schema';
import { periodText, valueText } from './_format.js';
import { html, trustedMarkup, type Html } from './_html.js';
import type { SiteData } from './_site-data.js';

const DAY = 86_400_000;
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

interface Point {
  start: Date | null;
  end: Date;
  value: number;
  low: number | null;
  high: number | null;
  label: string;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** One chart per metric and unit (tenge and dollars on one axis would mislead), facts in table order. */
function series(facts: readonly Fact[]): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts.filter((f) => f.period_end !== null)) {
    const key = fact.unit === 'count' ? fact.metric : `${fact.metric} (${fact.unit})`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return groups;
}

/** An SVG chart of a metric's facts over their periods: a bar for the period, a dot at its end, a whisker for the interval. */
function chartSvg(title: string, facts: readonly Fact[]): string {
  const points: Point[] = facts.map((f) => ({
    start: f.period_start ? utc(f.period_start) : null, end: utc(f.period_end!), value: f.value,
    low: f.interval_low, high: f.interval_high,
    label: `${valueText(f)}, ${periodText(f.period_start, f.period_end)}${f.jurisdiction ? `, ${f.jurisdiction}` : ''}, ${f.status.replaceAll('_', ' ')}`,
  }));
  const times = points.flatMap((p) => [p.start, p.end]).filter((d) => d !== null).map((d) => d.getTime());
  const [first, last] = [Math.min(...times), Math.max(...times)];
  // A lone date would give the axis no width; pad either side so every point sits inside the frame.
  const pad = Math.max((last - first) * 0.08, 45 * DAY);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document, width: 380, height: 180, marginLeft: 44, marginRight: 20, marginTop: 22,
    ariaLabel: `${title} over its periods`,
    ariaDescription: points.map((p) => p.label).join('; '),
    style: { background: 'transparent', fontSize: '12px' },
    x: { type: 'utc', domain: [new Date(first - pad), new Date(last + pad)], label: null, ticks: 4 },
    y: { zero: true, nice: true, grid: true, label: null, ticks: 4, tickFormat: (v: number) => COMPACT.format(v) },
    marks: [
      Plot.ruleY(points.filter((p) => p.start), { x1: 'start', x2: 'end', y: 'value', stroke: '#1d4f91', strokeWidth: 3, strokeOpacity: 0.45 }),
      Plot.ruleX(points.filter((p) => p.low !== null && p.high !== null), { x: 'end', y1: 'low', y2: 'high', stroke: '#1d4f91' }),
      Plot.dot(points, { x: 'end', y: 'value', r: 4, fill: '#1d4f91', title: 'label' }),
      Plot.text(points, { x: 'end', y: 'value', text: (p: Point) => COMPACT.format(p.value), dy: -10, fill: 'currentColor' }),
    ],
  }) as unknown as { outerHTML: string };
  return svg.outerHTML;
}

/** Charts of each metric over its periods, rendered to SVG now so the page needs no script or network to show them. */
export function metricCharts(data: SiteData): Html {
  const groups = [...series(data.facts)];
  if (groups.length === 0) return html`<p>No dated facts to chart.</p>`;
  return html`<div class="charts">${groups.map(([title, facts]) => html`<figure class="chart">
<figcaption><span class="code">${title}</span>: ${data.metricText(facts[0]!.metric)}</figcaption>
${trustedMarkup(chartSvg(title, facts))}
</figure>`)}</div>`;
}
