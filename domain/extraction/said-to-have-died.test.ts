import { describe, expect, it } from 'vitest';
import { saidToHaveDied } from './said-to-have-died.js';

describe('saidToHaveDied', () => {
  it('follows a pronoun that died back to the person named', () => {
    expect(saidToHaveDied("I'm calling about Ivan Petrov. He lived next door to me. He died last Wednesday.")).toContain('ivan petrov');
  });

  it('names nobody when the pronoun did something else', () => {
    expect(saidToHaveDied("I'm calling about Ivan Petrov. He lived next door to me.")).toEqual([]);
  });
});
