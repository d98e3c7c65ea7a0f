import { describe, expect, it } from 'vitest';
import { characterLevelEstimator } from '@/lib/library/character-level';
import type { LibraryLevel } from '@/lib/library/level';

const levels = new Map<string, LibraryLevel>([
  ['我', 1],
  ['们', 1],
  ['喜', 1],
  ['欢', 1],
  ['咖', 3],
  ['啡', 3],
  ['茴', 7],
]);
const estimate = characterLevelEstimator((char) => levels.get(char));

describe('characterLevelEstimator', () => {
  it('gives the lowest level covering 90% of the characters, with that coverage', () => {
    expect(estimate(['我们喜欢咖啡。'])).toEqual({
      level: 3,
      coverage: 1,
      reached: true,
      method: 'characters',
    });
  });

  it('counts every occurrence, and only Chinese characters', () => {
    // 18 level-1 characters and 2 of level 3: 90% at level 1.
    expect(estimate(['我们喜欢我们喜欢我们喜欢我们喜欢我们', 'GPT-4, 咖啡！'])).toMatchObject({
      level: 1,
      coverage: 0.9,
    });
  });

  it('says when even the band 7–9 covers less than 90%', () => {
    expect(estimate(['我们闰土猹'])).toEqual({
      level: 7,
      coverage: 0.4,
      reached: false,
      method: 'characters',
    });
  });

  it('has no level for a text without Chinese', () => {
    expect(estimate(['Hello.', ''])).toBeUndefined();
  });
});
