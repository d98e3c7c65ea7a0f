import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The CPU time of every process of a session (a command spawned `detached`, hence its own
 * session, and all it starts), sampled from /proc (proc(5): utime and stime of
 * /proc/<pid>/stat). `/usr/bin/time` and `process.resourceUsage()` count only children that
 * were waited for: `next build`'s workers exit after their parent has stopped waiting, so their
 * CPU went uncounted (the 10- and 100-document builds measured 94 and 106 s). Each process's
 * last sample counts, so a process loses at most the CPU of its last interval.
 */
export interface SessionCpu {
  /**
   * Waits (up to `graceMs`) for the session's last processes to end, then returns the CPU
   * seconds seen and how many processes they came from.
   */
  stop: (graceMs?: number) => Promise<{ cpu: number; processes: number }>;
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * Records utime + stime (ticks) of each process of `session`, by pid and start time; returns
 * how many are alive.
 */
function sample(session: number, seen: Map<string, number>): number {
  let alive = 0;
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
    if (Number(fields[3]) !== session) continue;
    // A zombie has ended (its times are final) and waits to be reaped.
    if (fields[0] !== 'Z') alive++;
    const ticks = Number(fields[11]) + Number(fields[12]);
    const key = `${name}:${fields[19]}`;
    seen.set(key, Math.max(seen.get(key) ?? 0, ticks));
  }
  return alive;
}

/**
 * Starts sampling the session led by `leader` every `intervalMs`.
 *
 * @example const cpu = watchSessionCpu(child.pid); child.on('exit', () => console.log(cpu.stop()));
 */
export function watchSessionCpu(leader: number, intervalMs = 100): SessionCpu {
  const seen = new Map<string, number>();
  const timer = setInterval(() => sample(leader, seen), intervalMs);
  sample(leader, seen);
  return {
    stop: async (graceMs = 30_000) => {
      clearInterval(timer);
      const until = Date.now() + graceMs;
      while (sample(leader, seen) > 0 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      let ticks = 0;
      for (const value of seen.values()) ticks += value;
      return { cpu: ticks / TICKS, processes: seen.size };
    },
  };
}
