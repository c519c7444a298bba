import { describe, expect, it } from 'vitest';
import { classifyIssue } from './issue-message';

describe('classifyIssue', () => {
  it('recognises a missing or empty required field', () => {
    expect(classifyIssue('Too small: expected string to have >=1 characters')).toEqual({ kind: 'required' });
    expect(classifyIssue('Invalid input: expected string, received undefined')).toEqual({ kind: 'required' });
    expect(classifyIssue('Invalid UUID')).toEqual({ kind: 'required' });
  });

  it('recognises a bad e-mail address', () => {
    expect(classifyIssue('Invalid email address')).toEqual({ kind: 'email' });
  });

  it('reads the bounds of numbers and strings', () => {
    expect(classifyIssue('Too small: expected number to be >=5')).toEqual({ kind: 'tooSmall', min: 5 });
    expect(classifyIssue('Too big: expected number to be <=480')).toEqual({ kind: 'tooBig', max: 480 });
    expect(classifyIssue('Too big: expected string to have <=200 characters')).toEqual({ kind: 'tooLong', max: 200 });
  });

  it('recognises the practice guidance order rule and dates', () => {
    expect(classifyIssue('Must be at least the value before it')).toEqual({ kind: 'order' });
    expect(classifyIssue('Invalid ISO date')).toEqual({ kind: 'date' });
    expect(classifyIssue('Invalid input: expected number, received null')).toEqual({ kind: 'number' });
  });

  it('keeps any other message as the server wrote it', () => {
    expect(classifyIssue('  Something unusual  ')).toEqual({ kind: 'other', message: 'Something unusual' });
  });
});
