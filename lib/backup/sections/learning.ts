import {
  importLearning,
  type LearningBackup,
  learningBackupSchema,
  snapshotLearning,
} from '../../learning/backup';
import { defineSection } from '../section';

const total = (backup: LearningBackup) =>
  backup.known.length + backup.cards.length + backup.reviews.length;

/**
 * The learner's progress (lib/learning/backup.ts): known words, review cards and the review
 * log. On restore, the later known mark and the more advanced card stay; a review is never
 * logged twice.
 */
export const learningSection = defineSection({
  name: 'learning',
  version: 1,
  schema: learningBackupSchema,
  async export({ skip }) {
    const { backup, skipped } = await snapshotLearning();
    skip(skipped);
    return backup;
  },
  async merge(backup) {
    const changed = await importLearning(backup);
    const restored = changed.known + changed.cards + changed.reviews;
    // importLearning counts what it wrote; the rest was there already or kept (a later mark).
    return { restored, unchanged: total(backup) - restored, kept: 0 };
  },
});
