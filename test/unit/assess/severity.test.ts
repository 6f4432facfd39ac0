import { describe, expect, it } from 'vitest';
import { riskFromSeverity, scoreSeverity } from '../../../lambdas/assess/severity.js';
import { classification, severityModel, storedReport } from './fixtures.js';

describe('ENISA severity (SE = DPC × EI + CB)', () => {
  it('health data, malicious hacking, exfiltration confirmed: very high', () => {
    // Prepare
    const report = storedReport({ breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' } });

    // Act
    const severity = scoreSeverity(report, classification([['health', 800]]), severityModel);

    // Assess: DPC 4 (sensitive) × EI 0.75 (no direct identifier) + CB 0.5 + 0.5 = 4
    expect(severity).toMatchObject({ dpc: 4, ei: 0.75, cb: 1, score: 4, level: 'very-high' });
    expect(riskFromSeverity(severity.level, severityModel).risk).toBe('high');
  });

  it('contact data misdelivered to a trusted recipient: low, so unlikely to result in a risk', () => {
    const report = storedReport({
      breach: { types: ['confidentiality'], cause: 'misdelivery', malicious: false, recipientTrusted: true },
    });

    const severity = scoreSeverity(report, classification([['contact', 1]]), severityModel);

    expect(severity).toMatchObject({ dpc: 1, ei: 1, cb: 0, score: 1, level: 'low' });
    expect(riskFromSeverity(severity.level, severityModel).risk).toBe('unlikely');
  });

  it('explains every factor with the input that decided it and a citation', () => {
    const report = storedReport({ breach: { types: ['confidentiality'], cause: 'hacking', malicious: true, exfiltration: 'confirmed' } });

    const { rationale } = scoreSeverity(report, classification([['health', 800], ['contact', 800]]), severityModel);

    expect(rationale).toEqual([
      expect.stringMatching(/^DPC: health is sensitive data, base 4 \[.*ENISA 2013.*confidence secondary\]$/),
      expect.stringMatching(/^DPC: contact is simple data, base 1 \[/),
      expect.stringMatching(/^DPC: highest category score 4 \(health\)/),
      expect.stringMatching(/^EI = 1 \(maximum\): the data includes direct identifiers .*our policy/),
      expect.stringMatching(/^CB confidentiality \+0\.5: exfiltration confirmed or suspected/),
      expect.stringMatching(/^CB integrity \+0: no loss of integrity reported/),
      expect.stringMatching(/^CB availability \+0: no loss of availability reported/),
      expect.stringMatching(/^CB malicious-intent \+0\.5: reported as malicious/),
      expect.stringMatching(/^SE = DPC × EI \+ CB = 4 × 1 \+ 1 = 5: very-high \[/),
    ]);
  });

  it('strong encryption with the key safe makes identification negligible', () => {
    const report = storedReport({
      breach: { types: ['confidentiality'], cause: 'stolen-device', encryption: 'strong', keyCompromised: false },
    });

    const severity = scoreSeverity(report, classification([['health', 50], ['identity', 50]]), severityModel);

    // 4 × 0.25 + confidentiality 0.25 (extent unknown) + theft 0.5
    expect(severity).toMatchObject({ dpc: 4, ei: 0.25, cb: 0.75, score: 1.75, level: 'low' });
  });

  it('does not credit encryption when the key state is not reported', () => {
    const report = storedReport({ breach: { types: ['confidentiality'], cause: 'lost-device', encryption: 'strong' } });

    const severity = scoreSeverity(report, classification([['contact', 10]]), severityModel);

    expect(severity.ei).toBe(1);
  });

  it.each([
    ['payment cards are full financial data', [['payment-card', 10]], {}, 4],
    ['credentials count at least as behavioural data', [['credentials', 10]], {}, 2],
    ['identity numbers score above simple data', [['government-id', 10]], {}, 2],
    ['children among the subjects add one', [['contact', 10]], { subjectTypes: ['children'] }, 2],
    ['a health-sector controller makes a contact list reveal health', [['contact', 10]], { subjectTypes: ['patients'] }, 3],
    ['adjustments stay within 1 to 4', [['health', 10]], { subjectTypes: ['children'] }, 4],
    ['no category at all scores as simple data', [], {}, 1],
  ] as const)('DPC: %s', (_name, categories, affected, expected) => {
    const report = storedReport({ affected: { subjectCount: 10, ...affected } });

    const severity = scoreSeverity(report, classification(categories), severityModel);

    expect(severity.dpc).toBe(expected);
  });

  it.each([
    ['ransomware without backup: availability lost for good, malicious', { types: ['availability'], cause: 'ransomware', backupAvailable: false }, 1],
    ['ransomware with backup: restorable, still malicious', { types: ['availability'], cause: 'ransomware', backupAvailable: true }, 0.5],
    ['integrity loss, restorable, by mistake', { types: ['integrity'], cause: 'software-error', backupAvailable: true, malicious: false }, 0.25],
    ['public exposure by misconfiguration', { types: ['confidentiality'], cause: 'misconfiguration', publiclyExposed: true }, 0.5],
    ['misdelivery to an untrusted recipient', { types: ['confidentiality'], cause: 'misdelivery' }, 0.25],
    ['explicit not-malicious wins over the cause', { types: ['confidentiality'], cause: 'phishing', malicious: false, exfiltration: 'none' }, 0],
  ] as const)('CB: %s', (_name, breach, expected) => {
    const report = storedReport({ breach });

    const severity = scoreSeverity(report, classification([['contact', 10]]), severityModel);

    expect(severity.cb).toBe(expected);
  });

  it.each([
    [1.99, 'low'],
    [2, 'medium'],
    [2.99, 'medium'],
    [3, 'high'],
    [4, 'very-high'],
  ] as const)('SE %s is %s', (score, level) => {
    const band = severityModel.levels.find((b) => b.below === undefined || score < b.below);
    expect(band?.level).toBe(level);
  });
});
