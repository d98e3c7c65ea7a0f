import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The CPU time of a command and everything it starts. `/usr/bin/time` (getrusage of its
 * children, getrusage(2)) counts a process only once its parent has waited for it, and a
 * parent's count only once its own parent has: a worker that outlives its parent is
 * re-parented (to init or a subreaper) and its CPU is counted by nobody in the tree. So the
 * command is spawned `detached` (its own session, which every descendant keeps), and the
 * session's processes are sampled from /proc (proc(5): utime and stime of /proc/<pid>/stat);
 * the CPU of those seen orphaned (their parent gone from the session) is added to what
 * `/usr/bin/time` reports. A process seen last before its end loses at most one interval.
 */
export interface SessionCpu {
  /**
   * Waits (up to `graceMs`) for the session's last processes to end, then returns the CPU
   * seconds sampled of all its processes and of its orphans, and how many processes it had.
   */
  stop: (graceMs?: number) => Promise<{ sampled: number; orphaned: number; processes: number }>;
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface Seen {
  ticks: Map<string, number>;
  orphans: Set<string>;
}

/**
 * Records utime + stime (ticks) of each process of the session led by `leader`, by pid and
 * start time, and which have lost their parent; returns how many are alive.
 */
function sample(leader: number, seen: Seen): number {
  const members: { pid: number; ppid: number; key: string; ticks: number; zombie: boolean }[] = [];
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
    if (Number(fields[3]) !== leader) continue;
    members.push({
      pid: Number(name),
      ppid: Number(fields[1]),
      key: `${name}:${fields[19]}`,
      ticks: Number(fields[11]) + Number(fields[12]),
      // A zombie has ended (its times are final) and waits to be reaped.
      zombie: fields[0] === 'Z',
    });
  }
  const pids = new Set(members.map((m) => m.pid));
  for (const m of members) {
    seen.ticks.set(m.key, Math.max(seen.ticks.get(m.key) ?? 0, m.ticks));
    if (m.pid !== leader && !pids.has(m.ppid)) seen.orphans.add(m.key);
  }
  return members.filter((m) => !m.zombie).length;
}

/**
 * Starts sampling the session led by `leader` every `intervalMs`.
 *
 * @example const cpu = watchSessionCpu(child.pid); child.on('exit', async () => console.log(await cpu.stop()));
 */
export function watchSessionCpu(leader: number, intervalMs = 100): SessionCpu {
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
