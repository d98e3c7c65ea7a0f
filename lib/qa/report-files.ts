import type { ParallelDocument } from '../content/schema';
import { toCsv } from '../export/csv';
import { summarizeFlags } from './run-qa';
import { KINDS, type QaFlag, SEVERITIES } from './types';

/**
 * The QA report as files a reviewer can pass on: a CSV (one row per flag, Excel-ready) and a
 * standalone HTML page (no script, no outside resource; every piece of text escaped), both
 * listing acknowledged flags with their reason.
 */

/** The report's columns, in order. */
export const QA_REPORT_COLUMNS = [
  'pair',
  'severity',
  'check',
  'side',
  'message',
  'evidence',
  'related pairs',
  'status',
  'reason',
] as const;

const row = (flag: QaFlag) => [
  flag.pairId,
  flag.severity,
  flag.kind,
  flag.side ?? '',
  flag.message,
  flag.evidence.map((e) => `${e.side}:${e.text}`).join(' | '),
  (flag.relatedPairs ?? []).join(' '),
  flag.acknowledged === undefined ? 'open' : 'acknowledged',
  flag.acknowledged ?? '',
];

/**
 * @example qaReportCsv(flags) // '\uFEFFpair,severity,check,…\r\np1,error,number-scale,en,…\r\n'
 */
export function qaReportCsv(flags: readonly QaFlag[]): string {
  return toCsv([[...QA_REPORT_COLUMNS], ...flags.map(row)], { bom: true });
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example escapeHtml('<b>“A & B”</b>') // '&lt;b&gt;“A &amp; B”&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}tr.acknowledged{color:#555}td.error{color:#a00}td.warning{color:#8a4b00}`;

/**
 * A standalone HTML page: title, counts by severity and check, then every flag (pair, check,
 * severity, message, evidence, status). Element content and attributes are escaped; the page
 * holds no script.
 *
 * @example qaReportHtml(doc, flags) // '<!doctype html>\n<html lang="en">…'
 */
export function qaReportHtml(
  doc: Pick<ParallelDocument, 'slug' | 'title'>,
  flags: readonly QaFlag[],
  generated = new Date(),
): string {
  const e = escapeHtml;
  const summary = summarizeFlags(flags);
  const kinds = KINDS.filter((k) => SEVERITIES.some((s) => summary.byKind[k][s] > 0));
  const counts = kinds
    .map(
      (k) =>
        `<tr><th scope="row">${e(k)}</th>${SEVERITIES.map((s) => `<td>${summary.byKind[k][s] || ''}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const rows = flags
    .map((f) => {
      const evidence = f.evidence
        .map((s) => `<span lang="${s.side === 'zh' ? 'zh-Hans' : 'en'}">${e(s.text)}</span>`)
        .join(' · ');
      const status = f.acknowledged === undefined ? 'open' : `acknowledged: ${e(f.acknowledged)}`;
      return `<tr class="${f.acknowledged === undefined ? 'open' : 'acknowledged'}"><td>${e(f.pairId)}</td><td class="${e(f.severity)}">${e(f.severity)}</td><td>${e(f.kind)}</td><td>${e(f.message)}</td><td>${evidence}</td><td>${status}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>QA report: ${e(doc.title.en)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>QA report: ${e(doc.title.en)} <span lang="zh-Hans">${e(doc.title.zh)}</span></h1>
<p>Document <code>${e(doc.slug)}</code>, ${summary.total} open flags in ${summary.flaggedPairs} pairs (${summary.bySeverity.error} errors, ${summary.bySeverity.warning} warnings, ${summary.bySeverity.info} notes); ${summary.acknowledged} acknowledged. Generated ${e(generated.toISOString())}.</p>
<h2>Open flags by check</h2>
<table><thead><tr><th scope="col">check</th>${SEVERITIES.map((s) => `<th scope="col">${s}</th>`).join('')}</tr></thead>
<tbody>
${counts}
</tbody></table>
<h2>Flags</h2>
<table><thead><tr><th scope="col">pair</th><th scope="col">severity</th><th scope="col">check</th><th scope="col">message</th><th scope="col">evidence</th><th scope="col">status</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body>
</html>
`;
}

/** The file names of a document's QA report. */
export const qaReportFileNames = (slug: string) => ({
  qaCsv: `${slug}.qa.csv`,
  qaHtml: `${slug}.qa.html`,
});
