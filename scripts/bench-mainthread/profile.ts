/**
 * Script time of a V8 CPU profile by owner: which chunk, and within Next's framework chunks
 * which part (React DOM, the RSC payload's client, the rest of the runtime). Builtins and
 * native calls count for the script that called them (JSON.parse inside the payload's client
 * is the payload's time). Turbopack writes each chunk as `push([script, id, factory, id,
 * factory…])`: a function belongs to the module whose factory starts last before it.
 */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Turbopack's runtime: its self time is mostly module instantiation, and V8 counts the lazy
 * compilation of a function called for the first time (every module's factory) in its caller.
 */
const LOADER = 'module loading (Turbopack runtime, lazy compilation)';

interface ModuleSpan {
  start: number;
  label: string;
}

/** What a framework module is, from strings only it holds. */
function frameworkLabel(body: string): string {
  if (body.includes('react.transitional.element') && body.length > 100_000) {
    return 'React DOM (rendering, hydration)';
  }
  if (body.includes('resolved_model') && body.includes('"$undefined"')) {
    return 'RSC payload client (flight data)';
  }
  return 'Next.js runtime, router, scheduler';
}

/** The modules of a chunk, by offset; the label of each. */
function modulesOf(text: string, chunk: string, framework: boolean): ModuleSpan[] {
  const starts = [...text.matchAll(/[,[](\d{2,6}),(?:\([a-z,]*\)|[a-z])=>\{/g)].map((m) => m.index);
  return starts.map((start, i) => ({
    start,
    label: framework
      ? frameworkLabel(text.slice(start, starts[i + 1] ?? text.length))
      : `app chunk ${chunk}`,
  }));
}

/**
 * Milliseconds of script self time by owner, plus `GC (sampled)`.
 *
 * @example await scriptTimeByOwner(profile, new Set(['0citrnfg-ip27.js']))
 */
export async function scriptTimeByOwner(
  profile: CpuProfile,
  framework: ReadonlySet<string>,
): Promise<Map<string, number>> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const chunks = new Map<string, { lines: number[]; modules: ModuleSpan[] }>();
  for (const n of profile.nodes) {
    const { url } = n.callFrame;
    if (!url.includes('/_next/static/chunks/') || chunks.has(url)) continue;
    const text = await (await fetch(url)).text();
    const name = url.split('/').at(-1) ?? url;
    const lines = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(i + 1);
    chunks.set(url, { lines, modules: modulesOf(text, name, framework.has(name)) });
  }
  const ownerCache = new Map<number, string>();
  const ownerOf = (id: number): string => {
    const cached = ownerCache.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    let owner = 'other';
    if (node) {
      const { url, functionName, lineNumber, columnNumber } = node.callFrame;
      const chunk = chunks.get(url);
      if (functionName === '(garbage collector)') owner = 'GC (sampled)';
      else if (['(idle)', '(program)', '(root)'].includes(functionName)) owner = '';
      else if (chunk) {
        const offset = (chunk.lines[lineNumber] ?? 0) + columnNumber;
        const module = chunk.modules.findLast((m) => m.start <= offset);
        const name = url.split('/').at(-1) ?? url;
        if (name.startsWith('turbopack-')) owner = LOADER;
        else {
          owner =
            module?.label ??
            (framework.has(name) ? 'Next.js runtime, router, scheduler' : `app chunk ${name}`);
        }
      } else if (url.startsWith('http') && !url.includes('/_next/'))
        owner = 'inline scripts (page HTML)';
      else if (url === '') {
        const up = parent.get(id);
        owner = up === undefined ? 'other' : ownerOf(up) || 'native (no caller)';
      } else owner = url;
    }
    ownerCache.set(id, owner);
    return owner;
  };
  const result = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of samples.entries()) {
    const owner = ownerOf(id);
    if (!owner) continue;
    result.set(owner, (result.get(owner) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return result;
}
