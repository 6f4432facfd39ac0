// Vitest's global setup: every file a test writes to the system's temporary directory (records
// files, exports, the classifier's worker bundle) goes to one directory of this run, removed when
// the run ends, not left behind in /tmp run after run. Test workers and the processes they start
// inherit TMPDIR, which os.tmpdir() reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const directory = mkdtempSync(path.join(tmpdir(), 'breachclock-test-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = directory;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(directory, { recursive: true, force: true });
  };
}
