import { describe, expect, it } from 'vitest';
import { planUtterances, type SpeechOutcome, speakPlan } from '@/lib/speech/queue';
import { fakeEnvironment, voice } from './fake-synthesis';

const zhCN = voice('zh-CN', 'Tingting');
const paragraph = [
  { id: 'p5.zh1', text: '数据是燃料。' },
  { id: 'p5.zh2', text: '算力是引擎。' },
  { id: 'p5.zh3', text: '场景决定方向。' },
];

/** Starts a reading and records what the caller is told. */
function read(sentences = paragraph, voices = [zhCN]) {
  const { synth, env } = fakeEnvironment(voices);
  const started: string[] = [];
  const ended: SpeechOutcome[] = [];
  const run = speakPlan(
    env,
    planUtterances(sentences),
    { voice: zhCN, rate: 0.8 },
    {
      onSentence: (id) => started.push(id),
      onEnd: (outcome) => ended.push(outcome),
    },
  );
  return { synth, run, started, ended };
}

describe('planUtterances', () => {
  it('plans one utterance per sentence, in order, leaving out empty ones', () => {
    const plan = planUtterances([...paragraph, { id: 'p5.zh4', text: '  \n' }]);
    expect(plan).toEqual(paragraph.map(({ id, text }) => ({ sentenceId: id, text, offset: 0 })));
  });

  it('cuts a long sentence after clause punctuation, keeping its id', () => {
    const text = '我们有数据，也有场景；但算力不够。';
    expect(planUtterances([{ id: 's', text }], { maxChars: 8 })).toEqual([
      { sentenceId: 's', text: '我们有数据，', offset: 0 },
      { sentenceId: 's', text: '也有场景；', offset: 6 },
      { sentenceId: 's', text: '但算力不够。', offset: 11 },
    ]);
  });

  it('cuts English after a space, and anything at the limit when it must', () => {
    expect(planUtterances([{ id: 'e', text: 'one two three' }], { maxChars: 8 })).toEqual([
      { sentenceId: 'e', text: 'one two', offset: 0 },
      { sentenceId: 'e', text: 'three', offset: 8 },
    ]);
    const unbroken = '𠮷'.repeat(5);
    expect(
      planUtterances([{ id: 'x', text: unbroken }], { maxChars: 2 }).map((u) => u.text),
    ).toEqual(['𠮷𠮷', '𠮷𠮷', '𠮷']);
  });

  it('gives each piece its place in the sentence, in UTF-16 units', () => {
    const text = '  𠮷野家， and a long tail, with spaces';
    for (let max = 1; max <= [...text].length; max++) {
      for (const piece of planUtterances([{ id: 't', text }], { maxChars: max })) {
        expect(text.slice(piece.offset, piece.offset + piece.text.length), `maxChars ${max}`).toBe(
          piece.text,
        );
      }
    }
  });

  it('loses and reorders no character but the spaces it cuts at', () => {
    const text = '一二三，四五六七八九十、甲乙丙丁；戊己庚辛壬癸。ABC def, ghi';
    for (let max = 1; max <= text.length; max++) {
      const joined = planUtterances([{ id: 't', text }], { maxChars: max })
        .map((u) => u.text)
        .join('')
        .replaceAll(' ', '');
      expect(joined, `maxChars ${max}`).toBe(text.replaceAll(' ', ''));
    }
  });
});

describe('speakPlan', () => {
  it('queues every utterance at once with the voice, its language and the rate', () => {
    const { synth } = read();
    expect(synth.received.map((u) => [u.text, u.lang, u.voice?.name, u.rate])).toEqual(
      paragraph.map(({ text }) => [text, 'zh-CN', 'Tingting', 0.8]),
    );
  });

  it('reports each sentence as it starts, and the end after the last one', () => {
    const { synth, started, ended } = read();
    expect(started).toEqual(['p5.zh1']);
    synth.finish();
    expect(started).toEqual(['p5.zh1', 'p5.zh2']);
    synth.finish();
    synth.finish();
    expect(started).toEqual(['p5.zh1', 'p5.zh2', 'p5.zh3']);
    expect(ended).toEqual([{ kind: 'done' }]);
  });

  it('reports a sentence read in pieces once', () => {
    const { synth, env } = fakeEnvironment([zhCN]);
    const started: string[] = [];
    const plan = planUtterances(
      [
        { id: 'a', text: '一二，三四' },
        { id: 'b', text: '五' },
      ],
      {
        maxChars: 3,
      },
    );
    speakPlan(env, plan, { voice: zhCN }, { onSentence: (id) => started.push(id) });
    synth.finish();
    synth.finish();
    expect(started).toEqual(['a', 'b']);
  });

  it('stops everything on cancel and says nothing afterwards', () => {
    const { synth, run, started, ended } = read();
    synth.finish();
    run.cancel();
    run.cancel();
    expect(synth.speaking).toBe(false);
    expect(synth.cancels).toBe(1);
    synth.finish();
    expect(started).toEqual(['p5.zh1', 'p5.zh2']);
    expect(ended).toEqual([]);
  });

  it('ends as interrupted when something else cancels the synthesiser', () => {
    const { synth, ended } = read();
    synth.cancel();
    expect(ended).toEqual([{ kind: 'interrupted' }]);
  });

  it('ends with the error and drops the rest of the queue when a voice fails', () => {
    const { synth, started, ended } = read();
    synth.fail('synthesis-failed');
    expect(ended).toEqual([{ kind: 'error', error: 'synthesis-failed' }]);
    expect(synth.speaking).toBe(false);
    expect(started).toEqual(['p5.zh1']);
  });

  it('a new reading takes over from one still going', () => {
    const { synth, env } = fakeEnvironment([zhCN]);
    const first: SpeechOutcome[] = [];
    const run = speakPlan(
      env,
      planUtterances(paragraph),
      { voice: zhCN },
      {
        onEnd: (o) => first.push(o),
      },
    );
    run.cancel();
    const second: string[] = [];
    speakPlan(
      env,
      planUtterances([{ id: 'q', text: '好。' }]),
      { voice: zhCN },
      {
        onSentence: (id) => second.push(id),
      },
    );
    expect(synth.reading).toBe('好。');
    expect(second).toEqual(['q']);
    expect(first).toEqual([]);
  });

  it('resumes a synthesiser left paused, so that the reading starts', () => {
    const { synth, env } = fakeEnvironment([zhCN]);
    synth.paused = true;
    speakPlan(env, planUtterances(paragraph), { voice: zhCN });
    expect(synth.reading).toBe('数据是燃料。');
  });

  it('ends at once when there is nothing to read', () => {
    const { ended } = read([]);
    expect(ended).toEqual([{ kind: 'done' }]);
  });

  it('reports the words a voice reaches, placed in the sentence, each piece from its offset', () => {
    const { synth, env } = fakeEnvironment([zhCN]);
    const words: [string, number, number | undefined][] = [];
    const plan = planUtterances([{ id: 's', text: '我们有数据，也有场景。' }], { maxChars: 6 });
    speakPlan(
      env,
      plan,
      { voice: zhCN },
      { onWord: (id, start, length) => words.push([id, start, length]) },
    );
    synth.boundary(0, 2);
    synth.boundary(3, 0); // no length: left to the caller
    synth.boundary(0, 6, 'sentence'); // sentence boundaries are not words
    synth.finish();
    synth.boundary(1, 2); // 有 in the second piece, which starts at 6
    expect(words).toEqual([
      ['s', 0, 2],
      ['s', 3, undefined],
      ['s', 7, 2],
    ]);
  });

  it('keeps its utterances for as long as the run is kept', () => {
    const { run } = read();
    expect(run.utterances).toHaveLength(3);
  });
});
