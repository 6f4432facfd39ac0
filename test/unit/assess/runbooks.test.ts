import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATEGORIES } from '../../../lambdas/shared/contract.js';
import { ValidationError } from '../../../lambdas/shared/errors.js';
import {
  CONFIDENCES,
  DEFAULT_RUNBOOKS_DIR,
  evaluateCondition,
  loadRunbooks,
  loadSeverityModel,
  renderTemplate,
  resolveRunbooksDir,
} from '../../../lambdas/shared/runbooks.js';

const yamlFiles = [
  ...readdirSync(DEFAULT_RUNBOOKS_DIR).filter((f) => f.endsWith('.yaml')),
  ...readdirSync(join(DEFAULT_RUNBOOKS_DIR, 'calendars')).filter((f) => f.endsWith('.yaml')).map((f) => `calendars/${f}`),
];

/** Keys that make a mapping a rule (something the engine decides with, or a fact it relies on).
 *  Conditions, channel shapes, wording and maps of rules carry none of them. */
const RULE_KEYS = [
  'required', 'score', 'base', 'type', 'level', 'members', 'value', 'startEvent', 'beforeHours', 'reason',
  'text', 'description', 'recipient', 'byCategory',
];

function* mappings(node: unknown, path: string[] = []): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* mappings(child, [...path, String(i)]);
  } else if (node !== null && typeof node === 'object') {
    yield [path.join('.'), node as Record<string, unknown>];
    for (const [key, child] of Object.entries(node)) yield* mappings(child, [...path, key]);
  }
}

describe('runbook files', () => {
  it('load and validate against the schema', () => {
    // Act
    const runbooks = loadRunbooks(DEFAULT_RUNBOOKS_DIR);
    const model = loadSeverityModel(DEFAULT_RUNBOOKS_DIR);

    // Assess
    expect(runbooks.map((r) => r.regime)).toContain('eu-gdpr');
    expect(model.id).toBe('enisa-2013');
    for (const runbook of runbooks) {
      for (const obligation of runbook.obligations) {
        if (obligation.notice) expect(runbook.templates[obligation.notice.template]).toBeTruthy();
      }
    }
  });

  it.each(yamlFiles)('%s: every rule has a citation and a confidence mark', (file) => {
    // Prepare
    const document = parse(readFileSync(join(DEFAULT_RUNBOOKS_DIR, file), 'utf8'));

    // Act
    const missing: string[] = [];
    for (const [path, node] of mappings(document)) {
      const isRule = RULE_KEYS.some((key) => key in node);
      const hasCitation = typeof node.citation === 'string' && node.citation.trim() !== '';
      const hasConfidence = (CONFIDENCES as readonly string[]).includes(node.confidence as string);
      if ((isRule || 'citation' in node || 'confidence' in node) && !(hasCitation && hasConfidence)) missing.push(path || '(root)');
    }

    // Assess
    expect(missing).toEqual([]);
  });

  it('maps every contract category to an ENISA data type, with wording for the notices', () => {
    const model = loadSeverityModel(DEFAULT_RUNBOOKS_DIR);
    const gdpr = loadRunbooks(DEFAULT_RUNBOOKS_DIR).find((r) => r.regime === 'eu-gdpr');
    expect(Object.keys(model.dpc.categories).sort()).toEqual([...CATEGORIES].sort());
    expect(Object.keys(gdpr!.wording.categories).sort()).toEqual([...CATEGORIES].sort());
  });

  it('lists the 30 EEA countries for GDPR applicability', () => {
    const gdpr = loadRunbooks(DEFAULT_RUNBOOKS_DIR).find((r) => r.regime === 'eu-gdpr');
    const eea = gdpr!.sets.eea!.members;
    expect(new Set(eea).size).toBe(30);
    expect(eea).toEqual(expect.arrayContaining(['DE', 'FR', 'GR', 'IS', 'LI', 'NO']));
    expect(eea).not.toContain('GB');
  });

  it('resolves the runbooks directory from RUNBOOKS_DIR, else the repository default', () => {
    expect(resolveRunbooksDir({ RUNBOOKS_DIR: '/opt/runbooks' })).toBe('/opt/runbooks');
    expect(resolveRunbooksDir({})).toBe(DEFAULT_RUNBOOKS_DIR);
    expect(DEFAULT_RUNBOOKS_DIR).toMatch(/runbooks\/?$/);
  });
});

describe('the loader rejects a bad runbook, naming file and field', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function brokenCopy(edit: (text: string) => string, file = 'eu-gdpr.yaml'): string {
    dir = mkdtempSync(join(tmpdir(), 'runbooks-'));
    cpSync(DEFAULT_RUNBOOKS_DIR, dir, { recursive: true });
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    return dir;
  }

  function loadError(load: () => unknown): ValidationError {
    try {
      load();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return error as ValidationError;
    }
    throw new Error('expected the load to fail');
  }

  it.each([
    ['a rule without citation', (t: string) => t.replace('    citation: GDPR Art. 33(1)\n    confidence: primary\n    fanOut:', '    confidence: primary\n    fanOut:'), 'obligations.0.citation'],
    ['an unknown confidence mark', (t: string) => t.replace('confidence: primary', 'confidence: likely'), 'confidence'],
    ['an unknown fact', (t: string) => t.replace('fact: organization.role, is: processor', 'fact: organisation.role, is: processor'), 'obligations.0.decisions.0.when'],
    ['an unknown set', (t: string) => t.replace('inSet: eea }', 'inSet: eu }'), 'applicability.rules.0.when.inSet'],
    ['a missing template', (t: string) => t.replace('templates/eu-gdpr-authority.md', 'templates/missing.md'), 'obligations.0.notice.template'],
    ['an unknown placeholder in a reason', (t: string) => t.replace('(assessed risk: {{risk}}, severity {{severity}})"\n        citation: GDPR Art. 33(1)', '(assessed risk: {{riks}})"\n        citation: GDPR Art. 33(1)'), 'obligations.0.decisions.2.reason'],
    ['an authority obligation listed only sometimes', (t: string) => t.replace('    citation: GDPR Art. 34(1)\n    confidence: primary\n    decisions:', '    citation: GDPR Art. 34(1)\n    confidence: primary\n    listedWhen: { fact: organization.role, is: controller }\n    decisions:'), 'obligations.1.listedWhen'],
    ['a default decision that is not last', (t: string) => t.replace('      - kind: threshold\n        when: { fact: assessment.risk, is: unlikely }\n', '      - kind: threshold\n'), 'obligations.0.decisions.1.when'],
  ])('%s', (_name, edit, field) => {
    // Prepare
    const broken = brokenCopy(edit);

    // Act
    const error = loadError(() => loadRunbooks(broken));

    // Assess
    expect(error.message).toContain('eu-gdpr.yaml');
    expect(error.issues.map((i) => i.field)).toContainEqual(expect.stringContaining(field));
  });

  it.each([
    ['an unknown calendar', 'br-lgpd.yaml', (t: string) => t.replace('calendar: br\n      startEvent: awareness\n      qualifier: within three business days of the controller', 'calendar: brazil\n      startEvent: awareness\n      qualifier: within three business days of the controller'), 'obligations.0.deadline.calendar'],
    ['business days without a calendar', 'br-lgpd.yaml', (t: string) => t.replace('      calendar: br\n      startEvent: awareness\n      qualifier: within three business days of the controller', '      startEvent: awareness\n      qualifier: within three business days of the controller'), 'obligations.0.deadline.calendar'],
    ['a stage after an unknown obligation', 'eu-nis2.yaml', (t: string) => t.replace('after: notification', 'after: notice'), 'obligations.2.deadline.after'],
    ['a decision on a risk outcome the test does not have', 'us-hipaa.yaml', (t: string) => t.replace('when: { fact: regime.risk, is: secured }', 'when: { fact: regime.risk, is: encrypted }'), 'obligations.0.decisions.1.when'],
    // Black-box QA w4: the AG notices had none, so their first mail said they were overdue.
    ['a fixed deadline without reminders', 'us-tx.yaml', (t: string) => t.replace(/\n    reminders: [^\n]*/, ''), 'obligations.0.reminders'],
    ['a count test with two operators', 'us-tx.yaml', (t: string) => t.replace('{ residents: { in: [US-TX] }, gte: 250 }', '{ residents: { in: [US-TX] }, gte: 250, lt: 9 }'), 'obligations.1.decisions.2.when'],
  ] as const)('%s', (_name, file, edit, field) => {
    const error = loadError(() => loadRunbooks(brokenCopy(edit, file)));
    expect(error.message).toContain(file);
    expect(error.issues.map((i) => i.field)).toContainEqual(expect.stringContaining(field));
  });

  it('in the severity model too', () => {
    const broken = brokenCopy((t) => t.replace('    base: 4\n', '    base: 7\n'), 'severity.yaml');
    const error = loadError(() => loadSeverityModel(broken));
    expect(error.message).toContain('severity.yaml');
    expect(error.issues.map((i) => i.field)).toContain('dpc.dataTypes.sensitive.base');
  });

  it('and a YAML syntax error', () => {
    const broken = brokenCopy((t) => t.replace('regime: eu-gdpr', 'regime: eu-gdpr: twice'));
    const error = loadError(() => loadRunbooks(broken));
    expect(error.message).toContain('eu-gdpr.yaml');
    expect(error.issues[0]?.field).toBe('(yaml)');
  });
});

describe('conditions', () => {
  const sets = { eea: { members: ['DE', 'FR'] } };

  it.each([
    [{ fact: 'breach.cause', is: 'hacking' }, true],
    [{ fact: 'breach.types', is: 'integrity' }, false],
    [{ fact: 'breach.types', in: ['integrity', 'confidentiality'] }, true],
    [{ fact: 'affected.countries', inSet: 'eea' }, true],
    [{ fact: 'affected.subjectCount', gte: 500 }, true],
    [{ fact: 'affected.subjectCount', lt: 500 }, false],
    [{ fact: 'breach.keyCompromised', is: false }, false],
    [{ fact: 'breach.keyCompromised', present: false }, true],
    [{ not: { fact: 'breach.keyCompromised', is: true } }, true],
    [{ all: [{ fact: 'breach.cause', is: 'hacking' }, { fact: 'affected.countries', is: 'US' }] }, true],
    [{ any: [{ fact: 'breach.cause', is: 'phishing' }, { fact: 'affected.countries', is: 'JP' }] }, false],
  ] as const)('%j → %s', (condition, expected) => {
    const facts = {
      'breach.cause': 'hacking',
      'breach.types': ['confidentiality'],
      'affected.countries': ['DE', 'US'],
      'affected.subjectCount': 1200,
    } as const;
    expect(evaluateCondition(condition as never, facts, sets)).toBe(expected);
  });
});

describe('renderTemplate', () => {
  it('fills placeholders and keeps or drops sections', () => {
    const text = 'Hi {{name}}.\n{{#late}}\nLate by {{hours}} h.\n{{/late}}\n{{^late}}\nOn time.\n{{/late}}\nBye';
    expect(renderTemplate(text, { name: 'CNIL', late: true, hours: 3 })).toBe('Hi CNIL.\nLate by 3 h.\nBye');
    expect(renderTemplate(text, { name: 'CNIL', late: false, hours: 0 })).toBe('Hi CNIL.\nOn time.\nBye');
  });

  it('never re-reads inserted values', () => {
    expect(renderTemplate('{{a}}', { a: '{{#b}}x{{/b}} {{b}}', b: 'secret' })).toBe('{{#b}}x{{/b}} {{b}}');
  });

  it('fails on a placeholder without a value or an unclosed section', () => {
    expect(() => renderTemplate('Dear {{nmae}}', { name: 'x' })).toThrow('{{nmae}}');
    expect(() => renderTemplate('{{#late}}oops', { late: true })).toThrow('not closed');
  });
});
