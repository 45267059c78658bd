import { describe, expect, it } from 'vitest';
import { callerTurnsWithQuestion, nameQuestionOf, readTurn } from './call-turn.js';
import { extractCallerDetails } from './extract-caller-details.js';

describe('nameQuestionOf', () => {
  it('tells a question about the caller from one about the deceased', () => {
    expect(nameQuestionOf('May I have your name, please?')).toBe('callerName');
    expect(nameQuestionOf('Who am I speaking with?')).toBe('callerName');
    expect(nameQuestionOf('And may I ask the name of your loved one who passed?')).toBe('deceasedName');
    expect(nameQuestionOf('What day would work best for you?')).toBeNull();
  });
});

describe('callerTurnsWithQuestion', () => {
  it('pairs each caller turn with the agent line just before it', () => {
    const turns = [
      { role: 'caller' as const, text: 'Hello?' },
      { role: 'agent' as const, text: 'May I have your name?' },
      { role: 'caller' as const, text: 'Margaret.' },
      { role: 'caller' as const, text: 'Sorry, Margaret O’Brien.' },
    ];
    expect(callerTurnsWithQuestion(turns)).toEqual([
      { text: 'Hello?', question: null },
      { text: 'Margaret.', question: 'callerName' },
      { text: 'Sorry, Margaret O’Brien.', question: null },
    ]);
  });
});

describe('readTurn', () => {
  it('keeps a turn of a known role, its text trimmed and free of control characters', () => {
    expect(readTurn({ role: 'caller', text: '  My father\u0000 died.\n' })).toEqual({ role: 'caller', text: 'My father  died.' });
  });

  it('straightens the apostrophes and quotes a transcriber may curl, so every reader sees one kind', () => {
    const turn = readTurn({ role: 'caller', text: 'It’s for Margaret O’Brien, “Peggy” to us.' });
    expect(turn).toEqual({ role: 'caller', text: 'It\'s for Margaret O\'Brien, "Peggy" to us.' });
    expect(extractCallerDetails([readTurn({ role: 'caller', text: 'My mother’s name was margaret o’brien.' })!]).deceasedName).toBe("Margaret O'Brien");
  });

  it('drops what is not a turn: another role, no text, text that is only noise', () => {
    expect(readTurn({ role: 'system', text: 'hello' })).toBeNull();
    expect(readTurn({ role: 'caller', text: 42 })).toBeNull();
    expect(readTurn({ role: 'agent', text: '\u0000 \u0007' })).toBeNull();
    expect(readTurn('hello')).toBeNull();
  });
});
