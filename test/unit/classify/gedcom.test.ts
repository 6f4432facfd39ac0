// A GEDCOM family tree's living individuals (QA round 105: a tree of 499 individuals, 334 living, was read as a headerless
// table: one person, by the submitter's email).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../../lambdas/classify/parallel.js';

// Fictitious people.
const TREE = [
  '0 HEAD', '1 SOUR FTM', '1 GEDC', '2 VERS 5.5.1', '2 FORM LINEAGE-LINKED', '1 CHAR UTF-8', '1 SUBM @U1@',
  '0 @U1@ SUBM', '1 NAME Joan Fletcher', '1 EMAIL joan.fletcher@example.com',
  // Dead: no one.
  '0 @I1@ INDI', '1 NAME Arthur /Fletcher/', '1 SEX M', '1 BIRT', '2 DATE 3 MAR 1921', '2 PLAC Leeds, Yorkshire, England', '1 DEAT', '2 DATE 9 JUN 1990', '1 FAMS @F1@',
  // Born more than 110 years ago, no death recorded: no one.
  '0 @I5@ INDI', '1 NAME Edith /Fletcher/', '1 BIRT', '2 DATE ABT 1890',
  '0 @I2@ INDI', '1 NAME Joan /Fletcher/', '1 SEX F', '1 BIRT', '2 DATE 14 JUL 1949', '1 EMAIL joan.fletcher@example.com', '1 RELI Methodist',
  '1 RESI', '2 ADDR 12 Park Lane', '3 CITY Boston', '3 STAE MA', '3 CTRY USA', '1 FAMC @F1@',
  '0 @I3@ INDI', '1 NAME Peter /Fletcher/', '1 SEX M', '1 BIRT', '2 DATE 2 FEB 1952', '1 FAMC @F1@',
  '0 @I4@ INDI', '1 NAME Lily /Fletcher/', '1 SEX F', '1 BIRT', '2 DATE 21 AUG 2017', '1 FAMC @F2@',
  '0 @F1@ FAM', '1 HUSB @I1@', '1 CHIL @I2@', '1 CHIL @I3@',
  '0 @F2@ FAM', '1 HUSB @I3@', '1 CHIL @I4@',
  '0 TRLR',
];

describe('a GEDCOM family tree', () => {
  it('is classified as its living individuals: names, birth dates, the child, a residence, a religion (both thread counts)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gedcom-')), 'tree.ged');
    writeFileSync(file, `${TREE.join('\r\n')}\r\n`);
    for (const workers of [1, 2]) {
      const { classification } = await classifyFile(file, { workers, parallelFromBytes: 0, asOf: new Date('2026-11-25T00:00:00Z') });
      expect(classification.subjectCount).toBe(3);
      expect(Object.fromEntries(classification.categories.map((c) => [c.category, c.subjects]))).toEqual({ identity: 3, contact: 1, 'special-category': 1 });
      expect(classification.children).toMatchObject({ under13: 1, under16: 1 });
      expect(classification.jurisdictions).toContain('US-MA');
    }
  });

  it('judges who is living at the day asked for, not today (a tree classified as it stood in 1995)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gedcom-')), 'tree.ged');
    writeFileSync(file, `${TREE.join('\r\n')}\r\n`);
    const { classification } = await classifyFile(file, { workers: 1, asOf: new Date('1995-01-01T00:00:00Z') });
    // Edith (born about 1890) was 105 then: living (today she would be 136). Arthur had died. (Lily, born 2017, is no child then.)
    expect(classification.subjectCount).toBe(4);
    expect(classification.children).toMatchObject({ under13: 0 });
  });
});
