import { describe, expect, it } from 'vitest';
import { AwsTimestamp, toRfc3339 } from '../../../lambdas/alerts/events.js';

describe('toRfc3339', () => {
  it.each([
    ['2026-03-02T09:15:27Z', '2026-03-02T09:15:27.000Z'], // EventBridge envelope
    ['2026-03-02T08:58:11.512Z', '2026-03-02T08:58:11.512Z'], // GuardDuty, Macie, ASFF
    ['2019-10-02T17:04:40.989+0000', '2019-10-02T17:04:40.989Z'], // CloudWatch, no colon in offset
    ['2019-10-02T19:04:40.989+02:00', '2019-10-02T17:04:40.989Z'],
    ['2025-02-25 20:40:06.721', '2025-02-25T20:40:06.721Z'], // pipeline-flattened GuardDuty
    ['2025-02-25 20:40:06.000000000', '2025-02-25T20:40:06.000Z'], // nanoseconds
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'], // leap day
  ])('normalises %s', (raw, expected) => {
    // Act / Assess
    expect(toRfc3339(raw)).toBe(expected);
  });

  it.each(['', 'yesterday', '2025-02-30T00:00:00Z', '2025-13-01T00:00:00Z', '2025-01-01T24:00:00Z', '1700000000'])(
    'rejects %j',
    (raw) => {
      expect(toRfc3339(raw)).toBeUndefined();
    },
  );

  it('makes the schema fail with a message rather than pass a bad time on', () => {
    // Act
    const parsed = AwsTimestamp.safeParse('not a time');

    // Assess
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/timestamp/);
  });
});
