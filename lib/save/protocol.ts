import * as z from 'zod/mini';
import { MAX_DOCUMENT_BYTES } from '../content/limits';

/**
 * The save endpoint's contract (`PUT /api/documents/<slug>`), shared by the route handler and
 * the editor's save client: headers, limits and the shape of every answer. No Node modules
 * here: the browser imports it.
 */

/** Upper bound on a body: the largest document file the content check accepts. */
export const MAX_SAVE_BYTES = MAX_DOCUMENT_BYTES;

/** Carries the token of a 409 answer back, confirming exactly the losses it listed. */
export const CONFIRM_HEADER = 'Duizhao-Confirm-Loss';

const removedPair = z.object({ id: z.string(), zh: z.string() });
const changedChinese = z.object({ id: z.string(), before: z.string(), after: z.string() });

/** 200: saved, or nothing to save (`unchanged`). */
export const savedSchema = z.object({
  saved: z.string(),
  etag: z.string(),
  unchanged: z.boolean(),
  previous: z.optional(z.string()),
  qaErrors: z.optional(z.number()),
});

/** 409: the save would remove pairs or change the Chinese; `confirm` is the token to send back. */
export const needsConfirmationSchema = z.object({
  error: z.string(),
  etag: z.string(),
  losses: z.object({
    removedPairs: z.array(removedPair),
    changedChinese: z.array(changedChinese),
  }),
  confirm: z.string(),
});

/** 412: someone saved another version since; `current` is that version's file. */
export const staleSchema = z.object({ error: z.string(), etag: z.string(), current: z.string() });

/** Any other refusal (4xx), with the validator's messages for 422. */
export const refusalSchema = z.object({
  error: z.string(),
  details: z.optional(z.array(z.string())),
});

export type SavedBody = z.infer<typeof savedSchema>;
export type NeedsConfirmationBody = z.infer<typeof needsConfirmationSchema>;
export type StaleBody = z.infer<typeof staleSchema>;
export type Losses = NeedsConfirmationBody['losses'];
