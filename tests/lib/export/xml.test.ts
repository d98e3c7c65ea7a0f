// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { assertXmlTexts, buildXml, findNonXmlCharacters, XmlTextError } from '@/lib/export/xml';
import { parseXml, parseXmlStrictly } from './xml-test-helpers';

describe('findNonXmlCharacters', () => {
  it('finds C0 controls, U+FFFE/U+FFFF and unpaired surrogates, not tab, LF, CR or astral characters', () => {
    expect(findNonXmlCharacters('a\u0000b\u000Bc\u001Fd\uFFFEe\uFFFF')).toEqual([
      { index: 1, codePoint: 0x0 },
      { index: 3, codePoint: 0xb },
      { index: 5, codePoint: 0x1f },
      { index: 7, codePoint: 0xfffe },
      { index: 9, codePoint: 0xffff },
    ]);
    expect(findNonXmlCharacters('x\uD800y\uDC00')).toEqual([
      { index: 1, codePoint: 0xd800 },
      { index: 3, codePoint: 0xdc00 },
    ]);
    expect(findNonXmlCharacters('\t\n\r 𠮷😀\u007F\u0085\uE000')).toEqual([]);
  });
});

describe('assertXmlTexts', () => {
  it('throws one error naming every character and where it is', () => {
    const texts = [
      { where: 'pair "p3" › en', text: 'line\u000Bbreak' },
      { where: 'pair "p4" › zh', text: '好\u0008' },
    ];
    expect(() => assertXmlTexts(texts)).toThrow(XmlTextError);
    try {
      assertXmlTexts(texts);
    } catch (error) {
      expect(error).toBeInstanceOf(XmlTextError);
      if (!(error instanceof XmlTextError)) return;
      expect(error.problems).toEqual([
        { where: 'pair "p3" › en', index: 4, codePoint: 0xb },
        { where: 'pair "p4" › zh', index: 1, codePoint: 0x8 },
      ]);
      expect(error.message).toContain('pair "p3" › en: U+000B at offset 4');
    }
  });
});

describe('buildXml', () => {
  it('escapes markup characters and carries CR through as &#13;', () => {
    const xml = buildXml({ note: { '@_type': 'a"b', '#text': 'Tom & Jerry <3 "x" \'y\' \r\n' } });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<note type="a&quot;b">Tom &amp; Jerry &lt;3 &quot;x&quot; &apos;y&apos; &#13;\n</note>\n',
    );
    expect(parseXmlStrictly(xml).documentElement.textContent).toBe('Tom & Jerry <3 "x" \'y\' \r\n');
    expect(parseXml(xml, [])).toMatchObject({ note: { '#text': 'Tom & Jerry <3 "x" \'y\' \r\n' } });
  });

  it('writes a DOCTYPE line after the declaration when given', () => {
    expect(buildXml({ a: 'b' }, '<!DOCTYPE a SYSTEM "a.dtd">').split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE a SYSTEM "a.dtd">',
      '<a>b</a>',
    ]);
  });
});
