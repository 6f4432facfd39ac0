// What a recorded workflow failure keeps: the error's name always, its message only for errors
// about the incident's own input, whose messages never quote values.
import { describe, expect, it } from 'vitest';
import { inputErrorMessage } from '../../../lambdas/record-failure/handler.js';

describe('record-failure', () => {
  it("keeps an input error's message, from Lambda's JSON cause or a local runtime's plain one", () => {
    const lambdaCause = JSON.stringify({ errorType: 'NotFoundError', errorMessage: 'records file exports/missing.csv does not exist', trace: ['at x'] });
    expect(inputErrorMessage('NotFoundError', lambdaCause)).toBe('records file exports/missing.csv does not exist');
    expect(inputErrorMessage('ValidationError', 'records file a.csv is not valid CSV (line 3): a quoted field is not closed'))
      .toBe('records file a.csv is not valid CSV (line 3): a quoted field is not closed');
  });

  it('keeps nothing of other causes, which may carry input text or stack traces', () => {
    expect(inputErrorMessage('TypeError', "Cannot read properties of undefined (reading 'anna@example.com')")).toBeUndefined();
    expect(inputErrorMessage('States.Timeout', 'timed out')).toBeUndefined();
    expect(inputErrorMessage('ValidationError', undefined)).toBeUndefined();
  });

  it('bounds the message', () => {
    expect(inputErrorMessage('ValidationError', 'x'.repeat(2_000))?.length).toBe(501);
  });
});
