import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The CPU time of a command and everything it starts. `/usr/bin/time` (getrusage of its
 * children, getrusage(2)) counts a process only once its parent has waited for it, and a
 * parent's count only once its own parent has: a worker that outlives its parent is
 * re-parented (to init or a subreaper) and its CPU is counted by nobody in the tree. So the
 * command's descendants are followed in /proc (proc(5): ppid, utime, stime and start time of
 * /proc/<pid>/stat; by parent, not by session: `next build` starts tsc in a session of its
 * own), each kept once seen, and the CPU of those seen orphaned (their parent gone) is added to
 * what `/usr/bin/time` reports. A process seen last before its end loses at most one interval.
 */
export interface TreeCpu {
  /**
   * Waits (up to `graceMs`) for the last descendants to end, then returns the CPU seconds
   * sampled of all of them and of the orphans, and how many processes there were.
   */
  stop: (graceMs?: number) => Promise<{ sampled: number; orphaned: number; processes: number }>;
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface Seen {
  /** CPU ticks of each process seen, by pid and start time (a pid may be reused). */
  ticks: Map<string, number>;
  orphans: Set<string>;
}

interface Proc {
  pid: number;
  ppid: number;
  key: string;
  ticks: number;
  zombie: boolean;
}

function processes(): Proc[] {
  const all: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    // The command name is in parentheses and may hold spaces: fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    all.push({
      pid: Number(name),
      ppid: Number(fields[1]),
      key: `${name}:${fields[19]}`,
      ticks: Number(fields[11]) + Number(fields[12]),
      // A zombie has ended (its times are final) and waits to be reaped.
      zombie: fields[0] === 'Z',
    });
  }
  return all;
}

/**
 * Records utime + stime (ticks) of `leader` and each of its descendants, and which have lost
 * their parent; returns how many are alive.
 */
function sample(leader: number, seen: Seen): number {
  const all = processes();
  // The leader, the processes seen before, and the children of any of them, to a fixed point.
  const members = new Map<number, Proc>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (members.has(p.pid)) continue;
      if (p.pid === leader || seen.ticks.has(p.key) || members.has(p.ppid)) {
        members.set(p.pid, p);
        grew = true;
      }
    }
  }
  let alive = 0;
  for (const m of members.values()) {
    seen.ticks.set(m.key, Math.max(seen.ticks.get(m.key) ?? 0, m.ticks));
    if (m.pid !== leader && !members.has(m.ppid)) seen.orphans.add(m.key);
    if (!m.zombie) alive++;
  }
  return alive;
}

/**
 * Starts sampling `leader` and its descendants every `intervalMs`.
 *
 * @example const cpu = watchTreeCpu(child.pid); child.on('exit', async () => console.log(await cpu.stop()));
 */
export function watchTreeCpu(leader: number, intervalMs = 100): TreeCpu {
  const seen: Seen = { ticks: new Map(), orphans: new Set() };
  const timer = setInterval(() => sample(leader, seen), intervalMs);
  sample(leader, seen);
  return {
    stop: async (graceMs = 30_000) => {
      clearInterval(timer);
      const until = Date.now() + graceMs;
      while (sample(leader, seen) > 0 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      let sampled = 0;
      let orphaned = 0;
      for (const [key, ticks] of seen.ticks) {
        sampled += ticks;
        if (seen.orphans.has(key)) orphaned += ticks;
      }
      return { sampled: sampled / TICKS, orphaned: orphaned / TICKS, processes: seen.ticks.size };
    },
  };
}
