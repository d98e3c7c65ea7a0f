import * as z from 'zod';
import { mergeProgress, readAllProgress, readingProgressSchema } from '../../progress/store';
import { defineSection } from '../section';

/**
 * Reading progress (localStorage): the furthest place in each document. On restore, the
 * further place of the two stays.
 */
export const progressSection = defineSection({
  name: 'progress',
  version: 1,
  schema: z.array(readingProgressSchema),
  async export({ storage }) {
    return storage ? readAllProgress(storage) : [];
  },
  async merge(records, { storage }) {
    if (!storage) return { restored: 0, unchanged: 0, kept: records.length };
    return mergeProgress(storage, records);
  },
});
