import { describe, expect, it } from 'vitest';
import {
  initialPlayerState,
  isPlaying,
  type PlayerEvent,
  type PlayerState,
  playerReducer,
} from '@/lib/speech/player';

const stateAfter = (...events: PlayerEvent[]): PlayerState =>
  events.reduce(playerReducer, initialPlayerState);

const play: PlayerEvent = { type: 'play', language: 'zh', sentenceId: 'p5.zh2' };

describe('playerReducer', () => {
  it('waits for the voice, then speaks sentence after sentence', () => {
    expect(stateAfter(play)).toMatchObject({ phase: 'loading', sentenceId: 'p5.zh2' });
    expect(stateAfter(play, { type: 'sentence', sentenceId: 'p5.zh3' })).toMatchObject({
      phase: 'speaking',
      sentenceId: 'p5.zh3',
    });
  });

  it('pauses only a reading, keeping its sentence', () => {
    const paused = stateAfter(play, { type: 'sentence', sentenceId: 'p5.zh2' }, { type: 'pause' });
    expect(paused).toMatchObject({ phase: 'paused', sentenceId: 'p5.zh2' });
    const ended = stateAfter(play, { type: 'ended', outcome: 'done' });
    expect(playerReducer(ended, { type: 'pause' })).toBe(ended);
  });

  it('ends on done and on an error; an interruption from elsewhere reads as a pause', () => {
    expect(stateAfter(play, { type: 'ended', outcome: 'done' }).phase).toBe('ended');
    expect(stateAfter(play, { type: 'ended', outcome: 'error' }).phase).toBe('ended');
    expect(stateAfter(play, { type: 'ended', outcome: 'interrupted' }).phase).toBe('paused');
  });

  it('ends a reading that could not start, and says when nothing can be read', () => {
    expect(stateAfter(play, { type: 'failed' }).phase).toBe('ended');
    expect(stateAfter(play, { type: 'nothing' })).toMatchObject({
      phase: 'nothing',
      sentenceId: null,
    });
  });

  it('keeps "slower" across readings', () => {
    const slow = stateAfter({ type: 'slow', slow: true }, play, { type: 'ended', outcome: 'done' });
    expect(slow.slow).toBe(true);
    expect(stateAfter({ type: 'slow', slow: true }, { type: 'slow', slow: false }).slow).toBe(
      false,
    );
  });
});

describe('isPlaying', () => {
  it('is true while loading or speaking', () => {
    expect(
      ['loading', 'speaking', 'paused', 'ended', 'nothing'].map((phase) =>
        isPlaying({ phase: phase as PlayerState['phase'] }),
      ),
    ).toEqual([true, true, false, false, false]);
  });
});
