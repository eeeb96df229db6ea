// CPU time and page faults of a set of processes, from /proc (Linux; elsewhere: undefined).
// The review load is CPU-bound on 2 cores: its wall time follows how much work the browser
// did, and this says how much that was and how much of it was the kernel's.
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSample {
  userMs: number;
  systemMs: number;
  minorFaults: number;
}

/** Linux's USER_HZ: /proc times are in these ticks (100 on every common build). */
const TICKS_PER_SECOND = 100;

/** Totals over the processes whose command name (as in /proc/<pid>/stat) starts with `name`. */
export function processCpu(name: string): CpuSample | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
  const total: CpuSample = { userMs: 0, systemMs: 0, minorFaults: 0 };
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    const open = stat.indexOf('(');
    const close = stat.lastIndexOf(')');
    if (!stat.slice(open + 1, close).startsWith(name)) continue;
    // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt
    // cmajflt utime stime …
    const fields = stat.slice(close + 2).split(' ');
    total.minorFaults += Number(fields[7]);
    total.userMs += (Number(fields[11]) * 1000) / TICKS_PER_SECOND;
    total.systemMs += (Number(fields[12]) * 1000) / TICKS_PER_SECOND;
  }
  return total;
}

/** What the processes used between two samples. */
export function cpuSince(before: CpuSample | undefined, name: string): CpuSample | undefined {
  const after = processCpu(name);
  if (!before || !after) return undefined;
  return {
    userMs: after.userMs - before.userMs,
    systemMs: after.systemMs - before.systemMs,
    minorFaults: after.minorFaults - before.minorFaults,
  };
}
