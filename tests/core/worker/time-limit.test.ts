import { describe, expect, it } from 'vitest';
import { procStatCpuMs } from '../../../src/core/worker/thread-cpu';
import { BACKSTOP_FACTOR, limitVerdict } from '../../../src/core/worker/time-limit';

const LIMIT = 30_000;

describe('limitVerdict: the per-file limit counts the worker thread’s CPU time', () => {
  it('keeps a page under the CPU limit though it is far over it in wall time (a busy machine)', () => {
    // The `robust` audit's 10 MB page: 3.7 s of CPU, 42 s of wall time at load 20.
    expect(limitVerdict(LIMIT, { wallMs: 42_000, cpuMs: 3_700 })).toEqual({ stop: null, againInMs: LIMIT - 3_700 });
  });

  it('stops a page over the CPU limit', () => {
    expect(limitVerdict(LIMIT, { wallMs: 31_000, cpuMs: 30_000 })).toEqual({ stop: 'cpu' });
    expect(limitVerdict(LIMIT, { wallMs: 95_000, cpuMs: 30_010 })).toEqual({ stop: 'cpu' });
  });

  it('stops a thread starved of CPU at the wall-time backstop', () => {
    expect(limitVerdict(LIMIT, { wallMs: LIMIT * BACKSTOP_FACTOR, cpuMs: 2_000 })).toEqual({ stop: 'backstop' });
    expect(limitVerdict(LIMIT, { wallMs: 10_000, cpuMs: 0 }, 10_000)).toEqual({ stop: 'backstop' });
  });

  it('looks again at the soonest the CPU time could reach the limit, never past the backstop', () => {
    expect(limitVerdict(LIMIT, { wallMs: 110_000, cpuMs: 1_000 })).toEqual({ stop: null, againInMs: 10_000 });
    // A reading a hair under the limit does not spin.
    expect(limitVerdict(LIMIT, { wallMs: 40_000, cpuMs: LIMIT - 1 })).toEqual({ stop: null, againInMs: 20 });
  });

  it('counts wall time where the CPU time cannot be read', () => {
    expect(limitVerdict(LIMIT, { wallMs: 30_000, cpuMs: null })).toEqual({ stop: 'wall' });
    expect(limitVerdict(LIMIT, { wallMs: 12_000, cpuMs: null })).toEqual({ stop: null, againInMs: 18_000 });
  });
});

describe('procStatCpuMs', () => {
  it('adds user and system ticks, whatever the thread name holds', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    const line = (comm: string) => `4242 (${comm}) R 1 4242 4242 0 -1 4194560 100 0 0 0 370 25 0 0 20 0 9 0 100 0 0\n`;
    expect(procStatCpuMs(line('node'))).toBe(3_950);
    expect(procStatCpuMs(line('Worker) (x y'))).toBe(3_950);
    expect(procStatCpuMs('')).toBeNaN();
  });
});
