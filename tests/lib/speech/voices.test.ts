import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseVoice, loadVoices } from '@/lib/speech/voices';
import { FakeSynthesis, voice } from './fake-synthesis';

const chosen = (voices: Parameters<typeof chooseVoice>[0], language: 'zh' | 'en') => {
  const choice = chooseVoice(voices, language);
  return choice.kind === 'voice' ? { name: choice.voice.name, exact: choice.exact } : choice;
};

describe('chooseVoice', () => {
  it('prefers a mainland Mandarin voice over Taiwan and Hong Kong ones', () => {
    const voices = [voice('zh-HK', 'Sinji'), voice('zh-TW', 'Meijia'), voice('zh-CN', 'Tingting')];
    expect(chosen(voices, 'zh')).toEqual({ name: 'Tingting', exact: true });
  });

  it('falls back to Taiwan, then Hong Kong, and says the choice is not exact', () => {
    expect(chosen([voice('zh-HK', 'Sinji'), voice('zh-TW', 'Meijia')], 'zh')).toEqual({
      name: 'Meijia',
      exact: false,
    });
    expect(chosen([voice('en-US'), voice('zh-HK', 'Sinji')], 'zh')).toEqual({
      name: 'Sinji',
      exact: false,
    });
  });

  it('reads cmn tags, script subtags and Android underscores as Mandarin', () => {
    expect(chosen([voice('cmn-Hans-CN', 'espeak')], 'zh')).toEqual({ name: 'espeak', exact: true });
    expect(chosen([voice('zh_CN', 'android')], 'zh')).toEqual({ name: 'android', exact: true });
    expect(chosen([voice('zh', 'bare')], 'zh')).toEqual({ name: 'bare', exact: false });
    expect(chosen([voice('zh-TW'), voice('cmn', 'bare')], 'zh')).toEqual({
      name: 'bare',
      exact: false,
    });
  });

  it('does not take Cantonese or other Chinese languages for Mandarin', () => {
    for (const lang of ['yue-HK', 'zh-yue', 'nan-TW', 'wuu', 'hak']) {
      expect(chooseVoice([voice(lang)], 'zh'), lang).toEqual({ kind: 'none', language: 'zh' });
    }
  });

  it('answers "none" when no voice speaks the language', () => {
    expect(chooseVoice([], 'zh')).toEqual({ kind: 'none', language: 'zh' });
    expect(chooseVoice([voice('en-US'), voice('ja-JP')], 'zh')).toEqual({
      kind: 'none',
      language: 'zh',
    });
    expect(chooseVoice([voice('zh-CN')], 'en')).toEqual({ kind: 'none', language: 'en' });
  });

  it('prefers local voices, then the default one, among equal matches', () => {
    const remote = voice('zh-CN', 'Google 普通话', { localService: false, default: true });
    const local = voice('zh-CN', 'Huihui');
    const localDefault = voice('zh-CN', 'Yaoyao', { default: true });
    expect(chosen([remote, local], 'zh')).toMatchObject({ name: 'Huihui' });
    expect(chosen([remote, local, localDefault], 'zh')).toMatchObject({ name: 'Yaoyao' });
    // a language match still outranks locality
    expect(chosen([voice('zh-TW', 'local TW'), remote], 'zh')).toMatchObject({
      name: 'Google 普通话',
    });
  });

  it('takes US or British English first, then any English', () => {
    expect(chosen([voice('en-IN', 'Veena'), voice('en-GB', 'Daniel')], 'en')).toEqual({
      name: 'Daniel',
      exact: true,
    });
    expect(chosen([voice('en-AU', 'Karen')], 'en')).toEqual({ name: 'Karen', exact: false });
  });
});

describe('loadVoices', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers at once when the voices are there', async () => {
    const synth = new FakeSynthesis([voice('zh-CN')]);
    expect(await loadVoices(synth)).toHaveLength(1);
    expect(synth.listening).toBe(0);
  });

  it('waits for voiceschanged when the list starts empty (Chrome)', async () => {
    const synth = new FakeSynthesis([]);
    const loading = loadVoices(synth);
    synth.setVoices([]); // an early event with nothing yet: keep waiting
    synth.setVoices([voice('zh-CN'), voice('en-US')]);
    expect((await loading).map((v) => v.lang)).toEqual(['zh-CN', 'en-US']);
    expect(synth.listening).toBe(0);
  });

  it('gives up with no voices when the event never comes', async () => {
    vi.useFakeTimers();
    const synth = new FakeSynthesis([]);
    const loading = loadVoices(synth, { timeoutMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    expect(await loading).toEqual([]);
    expect(synth.listening).toBe(0);
  });
});
