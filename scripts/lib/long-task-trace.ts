/**
 * What the long tasks of a Chromium trace spent their time on: for each task of a renderer's
 * main thread longer than `over` ms, its nested events of `min` ms or more (a function call, a
 * message received, a layout, a style recalculation…), totalled by name and detail. Used by
 * `npm run bench:import -- --trace` to find what froze the page (issue 14, item 7).
 */
import { z } from 'zod';

const eventSchema = z.object({
  name: z.string(),
  ph: z.string(),
  pid: z.number(),
  tid: z.number(),
  ts: z.number().optional(),
  dur: z.number().optional(),
  args: z
    .object({
      name: z.string().optional(),
      data: z
        .object({
          functionName: z.string().optional(),
          url: z.string().optional(),
          type: z.string().optional(),
          lineNumber: z.number().optional(),
        })
        .passthrough()
        .optional(),
    })
    .passthrough()
    .optional(),
});
const traceSchema = z.object({ traceEvents: z.array(z.unknown()) });
type TraceEvent = z.infer<typeof eventSchema>;
/** A task of the thread's loop, as Chromium versions name it. */
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface TraceLine {
  what: string;
  tasks: number;
  totalMs: number;
  maxMs: number;
}

const detail = (e: TraceEvent) => {
  const d = e.args?.data;
  const where = d?.url ? `${d.url.split('/').pop()}${d.lineNumber ? `:${d.lineNumber}` : ''}` : '';
  return [e.name, d?.functionName, d?.type, where].filter(Boolean).join(' ');
};

/** The complete (`X`) events of the trace that ran on a renderer's main thread. */
function mainThreadEvents(trace: unknown): TraceEvent[] {
  const events = traceSchema.parse(trace).traceEvents.flatMap((e) => {
    const parsed = eventSchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events.filter(
    (e) =>
      e.ph === 'X' && e.ts !== undefined && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`),
  );
}

/**
 * The nested events of long main-thread tasks, longest total first.
 *
 * @example summarizeLongTasks(JSON.parse(buffer.toString()), { over: 200, min: 20 })[0] // { what: 'FunctionCall onmessage …', … }
 */
export function summarizeLongTasks(trace: unknown, { over = 200, min = 20 } = {}): TraceLine[] {
  const complete = mainThreadEvents(trace);
  const tasks = complete.filter((e) => TASK.has(e.name) && (e.dur ?? 0) > over * 1000);
  const lines = new Map<string, TraceLine>();
  for (const task of tasks) {
    const start = task.ts ?? 0;
    const end = start + (task.dur ?? 0);
    const seen = new Set<string>();
    for (const e of complete) {
      const ts = e.ts ?? 0;
      if (e === task || TASK.has(e.name) || ts < start || ts > end || (e.dur ?? 0) < min * 1000)
        continue;
      const what = detail(e);
      const line = lines.get(what) ?? { what, tasks: 0, totalMs: 0, maxMs: 0 };
      if (!seen.has(what)) line.tasks++;
      seen.add(what);
      line.totalMs += Math.round((e.dur ?? 0) / 1000);
      line.maxMs = Math.max(line.maxMs, Math.round((e.dur ?? 0) / 1000));
      lines.set(what, line);
    }
  }
  return [...lines.values()].sort((a, b) => b.maxMs - a.maxMs);
}

/**
 * The longest task of each renderer's main thread in the trace, with the longest event inside
 * it. Tasks that only collect garbage (MinorGC, MajorGC) are here, though the page's
 * 'longtask' observer does not report them: a review trace had scavenges of 224 and 281 ms on
 * the page's main thread while its observer's longest task was 160 ms (issue 14.7).
 *
 * @example longestTraceTasks(JSON.parse(buffer.toString()))[0] // { pid: 30796, ms: 281, what: 'MinorGC' }
 */
export function longestTraceTasks(trace: unknown): { pid: number; ms: number; what: string }[] {
  const complete = mainThreadEvents(trace);
  const byPid = new Map<number, TraceEvent>();
  for (const task of complete.filter((e) => TASK.has(e.name))) {
    const best = byPid.get(task.pid);
    if (!best || (task.dur ?? 0) > (best.dur ?? 0)) byPid.set(task.pid, task);
  }
  return [...byPid.values()]
    .map((task) => {
      const start = task.ts ?? 0;
      const end = start + (task.dur ?? 0);
      const inner = complete
        .filter(
          (e) =>
            e !== task &&
            !TASK.has(e.name) &&
            e.pid === task.pid &&
            e.tid === task.tid &&
            (e.ts ?? 0) >= start &&
            (e.ts ?? 0) <= end,
        )
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
      return {
        pid: task.pid,
        ms: Math.round((task.dur ?? 0) / 1000),
        what: inner ? detail(inner) : '',
      };
    })
    .sort((a, b) => b.ms - a.ms);
}
