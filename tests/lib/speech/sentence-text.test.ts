// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { spokenRuns, spokenText, spokenTextMap } from '@/lib/speech/sentence-text';

function sentence(html: string, css = ''): Element {
  document.head.innerHTML = css ? `<style>${css}</style>` : '';
  document.body.innerHTML = `<span class="sent">${html}</span>`;
  const el = document.querySelector('.sent');
  if (!el) throw new Error('no sentence');
  return el;
}

describe('spokenText', () => {
  it('leaves out the pinyin of ruby annotations', () => {
    const el = sentence(
      '<ruby>银<rp>(</rp><rt>yín</rt><rp>)</rp></ruby><ruby>行<rt>háng</rt></ruby>的<ruby>行<rt>háng</rt></ruby>业。',
    );
    expect(spokenText(el)).toBe('银行的行业。');
  });

  it('reads glossary terms as part of the sentence', () => {
    const el = sentence('大模型需要<button type="button" class="term">算力</button>。');
    expect(spokenText(el)).toBe('大模型需要算力。');
  });

  it('reads only the form of the text that is shown', () => {
    const css = '.sc { display: none }';
    const el = sentence('<span class="sc">银行</span><span class="tc">銀行</span>', css);
    expect(spokenText(el)).toBe('銀行');
    expect(spokenText(sentence('<span hidden>银行</span>銀行'))).toBe('銀行');
  });

  it('collapses whitespace and trims', () => {
    expect(spokenText(sentence('\n  Large   models\n need <b>compute</b>.  '))).toBe(
      'Large models need compute.',
    );
  });

  it('keeps characters outside the BMP', () => {
    expect(spokenText(sentence('𠮷野家<rt>jí</rt>'))).toBe('𠮷野家');
  });

  it('takes a custom test for what is hidden', () => {
    const el = sentence('<span class="a">A</span><span class="b">B</span>');
    expect(spokenText(el, (e) => e.classList.contains('a'))).toBe('B');
  });
});

describe('spokenTextMap', () => {
  it('maps every unit of the spoken text back to the character it comes from', () => {
    const el = sentence(
      ' <ruby>银行<rt>yínháng</rt></ruby>的\n  <button class="term">算力</button> 𠮷。 ',
    );
    const map = spokenTextMap(el);
    expect(map.text).toBe(spokenText(el));
    expect(map.sources).toHaveLength(map.text.length);
    for (const [i, source] of map.sources.entries()) {
      const unit = source.node.data.charAt(source.offset);
      expect(map.text.charAt(i) === ' ' ? /\s/.test(unit) : unit, `unit ${i}`).toBe(
        map.text.charAt(i) === ' ' ? true : map.text.charAt(i),
      );
    }
  });
});

describe('spokenRuns', () => {
  it('gives one run per stretch of a text node, leaving out the pinyin between', () => {
    const el = sentence('<ruby>第一<rt>dìyī</rt></ruby><ruby>次<rt>cì</rt></ruby>来。');
    const map = spokenTextMap(el);
    const runs = spokenRuns(map, 0, 3);
    expect(runs.map((r) => r.node.data.slice(r.start, r.end))).toEqual(['第一', '次']);
  });

  it('clamps a span that runs past the text', () => {
    const map = spokenTextMap(sentence('数据。'));
    expect(spokenRuns(map, 1, 99).map((r) => r.node.data.slice(r.start, r.end))).toEqual(['据。']);
    expect(spokenRuns(map, 5, 9)).toEqual([]);
  });
});
