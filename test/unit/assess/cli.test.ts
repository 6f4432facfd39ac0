// `breachclock assess`: the dry run for legal, on the example report of the README.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../lib/cli/assess.js';

const EXAMPLE = new URL('../../fixtures/reports/example-report.json', import.meta.url).pathname;
let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

describe('breachclock assess', () => {
  it('prints the severity with its factors and the obligations with their deadlines', async () => {
    expect(await run([EXAMPLE])).toBe(0);

    const text = out.join('\n');
    expect(text).toContain('Severity: very-high (SE = DPC 4 × EI 1 + CB 1 = 5)');
    expect(text).toMatch(/- DPC: payment-card is financial data/);
    expect(text).toMatch(/eu-gdpr-authority\s+authority\s+yes\s+2026-11-23T08:15Z\s+2026-11-23T09:15:00\+01:00/);
    expect(text).toContain('eu-gdpr-individuals: REQUIRED');
    // The dry run classifies the inline sample but never prints a record value.
    for (const value of ['Erika', 'erika@customer.example', '4111 1111 1111 1111', '4111111111111111']) expect(text).not.toContain(value);
  });

  it('--json prints the incident as GET /incidents/{id} would', async () => {
    expect(await run([EXAMPLE, '--json'])).toBe(0);

    const incident = JSON.parse(out.join('\n'));
    expect(incident).toMatchObject({ id: 'dry-run', status: 'awaiting-approval', assessment: { riskToIndividuals: 'high', severity: { level: 'very-high' } } });
    const authority = incident.obligations.find((o: { id: string }) => o.id === 'eu-gdpr-authority');
    expect(authority).toMatchObject({ required: true, deadline: '2026-11-23T08:15:00.000Z', citation: 'GDPR Art. 33(1)' });
    expect(incident.notices.map((n: { id: string }) => n.id).sort()).toEqual(['eu-gdpr-authority-notice', 'eu-gdpr-individuals-notice']);
  });

  it('takes start events and a risk override with its reason', async () => {
    expect(await run([EXAMPLE, '--json', '--override-risk', 'risk', '--reason', 'cards were tokenised', '--event', 'determination=2026-11-21T10:00:00Z'])).toBe(0);

    const incident = JSON.parse(out.join('\n'));
    expect(incident.assessment).toMatchObject({ riskToIndividuals: 'risk', riskOverride: { assessed: 'high', reason: 'cards were tokenised' } });
    expect(incident.obligations.find((o: { id: string }) => o.id === 'eu-gdpr-individuals')).toMatchObject({ required: false });
  });

  it('refuses bad usage (2) and an invalid report (1), naming the problems', async () => {
    expect(await run([])).toBe(2);
    expect(await run([EXAMPLE, '--override-risk', 'high'])).toBe(2);
    expect(err.join('\n')).toContain('--override-risk needs --reason');
    expect(await run([EXAMPLE, '--event', 'lunch=2026-01-01T00:00:00Z'])).toBe(2);

    const dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ title: 'x', discoveredAt: 'yesterday' }));
      expect(await run([bad])).toBe(1);
      expect(err.join('\n')).toMatch(/discoveredAt/);
      // A report file that is not there is an error of its own, not a crash.
      err.length = 0;
      expect(await run([join(dir, 'no-such-report.json')])).toBe(1);
      expect(err.join('\n')).toMatch(/Cannot read .*no-such-report\.json: ENOENT/);
      // A typo in the JSON is told by where it is, not by quoting a person's data around it (black-box QA w5).
      const typo = join(dir, 'typo.json');
      writeFileSync(typo, '{\n  "reporter": {"email":wolfram.pfeiffer@shop.example"}\n}');
      err.length = 0;
      expect(await run([typo])).toBe(1);
      expect(err.join('\n')).toMatch(/on line [12]\b/);
      expect(err.join('\n')).not.toContain('wolfram');
      // A records file that is not there is refused as the API refuses it, not assessed as if the records held nothing.
      const report = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
      const missing = join(dir, 'missing-source.json');
      writeFileSync(missing, JSON.stringify({ ...report, affected: { ...report.affected, recordsSource: 'exports/not-there.csv' } }));
      err.length = 0;
      expect(await run([missing])).toBe(1);
      expect(err.join('\n')).toMatch(/affected\.recordsSource: no file at exports\/not-there\.csv/);
      // Records read whole in which nothing was recognised, though the report counts people: unknown, not reassuring (black-box QA r60).
      const unknown = join(dir, 'unknown-columns.csv');
      writeFileSync(unknown, 'ref,nom_xq,prenom_xq\nA1,MOREAU,Zoé\nA2,LEROY,Nathan\nA3,PETIT,Lina\n');
      const { records: _records, dataCategories: _declared, ...affected } = report.affected;
      const unread = join(dir, 'unread.json');
      writeFileSync(unread, JSON.stringify({ ...report, affected: { ...affected, subjectCount: 3, recordsSource: unknown } }));
      out.length = 0;
      expect(await run([unread, '--json'])).toBe(0);
      const incident = JSON.parse(out.join('\n'));
      expect(incident.classification.sourceUnreadable).toMatchObject({ error: 'NothingRecognised' });
      expect(incident.obligations.find((o: { id: string }) => o.id === 'eu-gdpr-authority')).toMatchObject({ required: true });
      // What POST /incidents refuses beyond the schema, the dry run refuses too.
      expect(await run([EXAMPLE, '--now', '2026-11-01T00:00:00Z'])).toBe(1);
      expect(err.join('\n')).toMatch(/discoveredAt: is in the future/);
      // A field the schema refuses does not hide one it accepted but the clock refuses.
      const both = join(dir, 'both.json');
      const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
      writeFileSync(both, JSON.stringify({ ...example, discoveredAt: '2099-01-01T00:00:00Z', reporter: { name: 'x' } }));
      err.length = 0;
      expect(await run([both])).toBe(1);
      expect(err.join('\n')).toMatch(/reporter\.email: /);
      expect(err.join('\n')).toMatch(/discoveredAt: is in the future/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('breachclock', () => {
  it('answers help with exit 0, and no command or an unknown one with exit 2 (black-box QA w2)', async () => {
    const { main } = await import('../../../bin/cli.js');
    expect(await main(['--help'])).toBe(0);
    expect(await main(['help'])).toBe(0);
    expect(out.join('\n')).toContain('verify-timeline');
    expect(await main([])).toBe(2);
    expect(await main(['clasify'])).toBe(2);
    expect(err.join('\n')).toContain('Unknown command "clasify"');
  });
});
