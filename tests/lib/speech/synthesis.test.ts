import { describe, expect, it } from 'vitest';
import { speechEnvironment } from '@/lib/speech/synthesis';
import { FakeSynthesis, FakeUtterance } from './fake-synthesis';

describe('speechEnvironment', () => {
  it('is null without a window (server rendering)', () => {
    expect(speechEnvironment(undefined)).toBeNull();
  });

  it('is null when the browser has no speech synthesis', () => {
    expect(speechEnvironment({})).toBeNull();
    expect(speechEnvironment({ speechSynthesis: new FakeSynthesis() })).toBeNull();
    expect(
      speechEnvironment({ speechSynthesis: {}, SpeechSynthesisUtterance: FakeUtterance }),
    ).toBeNull();
  });

  it('makes utterances with the page constructor', () => {
    const synth = new FakeSynthesis();
    const env = speechEnvironment({
      speechSynthesis: synth,
      SpeechSynthesisUtterance: FakeUtterance,
    });
    expect(env?.synth).toBe(synth);
    expect(env?.createUtterance('你好')).toMatchObject({ text: '你好' });
  });
});
