import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/export/csv';
import { escapeHtml, QA_REPORT_COLUMNS, qaReportCsv, qaReportHtml } from '@/lib/qa/report-files';
import type { QaFlag } from '@/lib/qa/types';

const flags: QaFlag[] = [
  {
    kind: 'number-scale',
    severity: 'error',
    pairId: 'p1',
    side: 'en',
    message: 'The Chinese “三千万” is 30,000,000, but the English “3 million” is 3,000,000',
    evidence: [{ side: 'zh', start: 0, end: 3, text: '三千万' }],
  },
  {
    kind: 'untranslated',
    severity: 'warning',
    pairId: 'p2',
    side: 'en',
    message: 'The English still has <script>alert("x")</script> & more',
    evidence: [],
    acknowledged: 'A quoted <b>character</b>, on purpose',
  },
];

describe('qaReportCsv', () => {
  it('writes one row per flag under the header, text kept exactly', () => {
    const rows = parseCsv(qaReportCsv(flags));
    expect(rows[0]).toEqual([...QA_REPORT_COLUMNS]);
    expect(rows[1]?.slice(0, 4)).toEqual(['p1', 'error', 'number-scale', 'en']);
    expect(rows[1]?.[5]).toBe('zh:三千万');
    expect(rows[2]?.[4]).toBe(flags[1]?.message);
    expect(rows[2]?.slice(7)).toEqual(['acknowledged', 'A quoted <b>character</b>, on purpose']);
  });
});

describe('qaReportHtml', () => {
  it('is a standalone page with every text escaped and no script', () => {
    const html = qaReportHtml({ slug: 'x', title: { zh: '题<目>', en: 'T & <U>' } }, flags);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<b>|<U>|<目>|\son\w+=/iu);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(html).toContain('<span lang="zh-Hans">三千万</span>');
    expect(html).toContain('acknowledged: A quoted &lt;b&gt;character&lt;/b&gt;, on purpose');
    expect(html).not.toMatch(/(?:src|href)=/u);
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
