/**
 * The main thread of a Chrome trace by kind of work, as Lighthouse's
 * `mainthread-work-breakdown` groups it (lighthouse-core/lib/tracehouse/task-groups.js): each
 * event's self time goes to its group; an event of another name inherits its parent's group.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

const GROUPS: Record<string, string> = {
  ParseHTML: 'HTML parsing',
  ParseAuthorStyleSheet: 'HTML parsing',
  ScheduleStyleRecalculation: 'style & layout',
  UpdateLayoutTree: 'style & layout',
  RecalculateStyles: 'style & layout',
  InvalidateLayout: 'style & layout',
  Layout: 'style & layout',
  PrePaint: 'paint & composite',
  Paint: 'paint & composite',
  PaintImage: 'paint & composite',
  Layerize: 'paint & composite',
  UpdateLayer: 'paint & composite',
  UpdateLayerTree: 'paint & composite',
  CompositeLayers: 'paint & composite',
  Commit: 'paint & composite',
  'v8.compile': 'script compile',
  'v8.compileModule': 'script compile',
  'V8.CompileCode': 'script compile',
  'v8.produceCache': 'script compile',
  'v8.produceModuleCache': 'script compile',
  EvaluateScript: 'script evaluation',
  'v8.evaluateModule': 'script evaluation',
  FunctionCall: 'script evaluation',
  EventDispatch: 'script evaluation',
  TimerFire: 'script evaluation',
  FireIdleCallback: 'script evaluation',
  FireAnimationFrame: 'script evaluation',
  RunMicrotasks: 'script evaluation',
  'v8.run': 'script evaluation',
  'V8.Execute': 'script evaluation',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  GCEvent: 'garbage collection',
  BlinkGC: 'garbage collection',
  'BlinkGC.AtomicPhase': 'garbage collection',
  'ThreadState::performIdleLazySweep': 'garbage collection',
  'ThreadState::completeSweep': 'garbage collection',
};

const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

interface Span {
  name: string;
  start: number;
  end: number;
  self: number;
  group: string;
}

/** The renderer's main thread that worked most (the page's, not about:blank's). */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; busy: number } | undefined;
  for (const m of mains) {
    const busy = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && TOP_LEVEL.has(e.name))
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (!best || busy > best.busy) best = { pid: m.pid, tid: m.tid, busy };
  }
  return best;
}

/** Complete spans of one thread: `X` events and matched `B`/`E` pairs, in microseconds. */
function spans(events: readonly TraceEvent[]): Span[] {
  const out: Span[] = [];
  const open: TraceEvent[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') {
      out.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0), self: 0, group: '' });
    } else if (e.ph === 'B') {
      open.push(e);
    } else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) out.push({ name: begin.name, start: begin.ts, end: e.ts, self: 0, group: '' });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Milliseconds of main-thread work by group, plus `main thread total`, `long tasks (> 50 ms)`,
 * `longest task` and `TBT after FCP` (each task's time past 50 ms, from the first contentful
 * paint to the end of the trace).
 *
 * @example breakdownOfTrace(trace.traceEvents).get('style & layout') // 412.5
 */
export function breakdownOfTrace(events: readonly TraceEvent[]): Map<string, number> {
  const result = new Map<string, number>();
  const main = mainThread(events);
  if (!main) return result;
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const all = spans(own);
  const stack: Span[] = [];
  const tasks: Span[] = [];
  for (const span of all) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= span.start) stack.pop();
    const parent = stack.at(-1);
    if (!parent && !TOP_LEVEL.has(span.name)) continue; // outside any task: not main-thread work
    span.self = span.end - span.start;
    span.group = GROUPS[span.name] ?? parent?.group ?? 'other';
    if (parent) parent.self -= Math.min(span.end, parent.end) - span.start;
    else tasks.push(span);
    stack.push(span);
  }
  for (const span of all) {
    if (!span.group) continue;
    result.set(span.group, (result.get(span.group) ?? 0) + span.self / 1000);
  }
  const fcp = own.find((e) => e.name === 'firstContentfulPaint')?.ts ?? 0;
  const durations = tasks.map((t) => (t.end - t.start) / 1000);
  result.set(
    'main thread total',
    durations.reduce((a, b) => a + b, 0),
  );
  result.set('long tasks (> 50 ms)', durations.filter((d) => d > 50).length);
  result.set('longest task', Math.max(0, ...durations));
  result.set(
    'TBT after FCP',
    tasks
      .filter((t) => t.start >= fcp)
      .reduce((sum, t) => sum + Math.max(0, (t.end - t.start) / 1000 - 50), 0),
  );
  return result;
}
