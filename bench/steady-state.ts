import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SteadyState {
  hours: number;
  healthyProfiles: number;
  periodicPasses: number;
  retryPasses: number;
  healthyChecks: number;
  failingChecks: number;
  failingRetries: number;
  totalRequests: number;
}

/**
 * The steady-state simulation (100 healthy + 1 failing profile, 24 simulated hours of alarms, the real check
 * cycle over a fake IndexedDB) is a unit test that asserts its counts; this runs it and reads them back.
 */
export function benchSteadyState(): SteadyState {
  const dir = mkdtempSync(join(tmpdir(), 'rr-steady-'));
  const out = join(dir, 'counts.json');
  try {
    const result = spawnSync(
      'npx',
      ['vitest', 'run', '--project', 'unit', 'tests/unit/background/steady-state.test.ts'],
      {
        env: { ...process.env, RR_STEADY_STATE_OUT: out },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      throw new Error('The steady-state simulation failed');
    }
    return JSON.parse(readFileSync(out, 'utf8')) as SteadyState;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
