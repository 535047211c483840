import { z } from 'zod/mini';
import { type ProgressEvent, WORK_KINDS, WORK_PHASES } from './progress';

const count = z.int().check(z.gte(0));
const iso = z.iso.datetime();

/** The progress event as the background may send it: every event is parsed with this before it leaves. */
export const progressEventSchema = z.object({
  type: z.literal('progress'),
  work: z
    .array(
      z
        .object({
          kind: z.enum(WORK_KINDS),
          phase: z.enum(WORK_PHASES),
          done: count,
          total: count,
          broken: count,
          startedAt: iso,
          endedAt: z.optional(iso),
        })
        .check(z.refine((w) => w.done <= w.total, 'done exceeds total')),
    )
    .check(z.maxLength(WORK_KINDS.length)),
}) satisfies z.ZodMiniType<ProgressEvent>;
