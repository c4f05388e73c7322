import { parseCommand } from '../src/cli/migrate';
import { parseJob } from '../src/cli/seed';
import { UsageError } from '../src/exit';

describe('npm run migrate arguments', () => {
  it('defaults to up and knows revert and status', () => {
    expect(parseCommand([])).toBe('up');
    expect(parseCommand(['revert'])).toBe('revert');
    expect(parseCommand(['status'])).toBe('status');
  });

  it.each([[['down']], [['up', 'now']]])('refuses %j', (argv) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
  });
});

describe('npm run seed arguments', () => {
  it('reads the article job and the synthetic job with its options', () => {
    expect(parseJob(['article'])).toEqual({ kind: 'article' });
    expect(parseJob(['synthetic', '--contributions', '5000'])).toEqual({
      kind: 'synthetic',
      contributions: 5000,
      seed: 1,
    });
    expect(parseJob(['synthetic', '--contributions=20', '--seed', '7'])).toEqual({
      kind: 'synthetic',
      contributions: 20,
      seed: 7,
    });
  });

  it.each([
    [['synthetic'], '--contributions N is required'],
    [['synthetic', '--contributions'], '--contributions needs a value'],
    [['synthetic', '--contributions', '-3'], 'must be an integer from 1'],
    [['synthetic', '--contributions', '1e3x'], 'must be an integer from 1'],
    [['synthetic', '--contributions', '5', '--speed', '2'], 'unknown option --speed'],
    [['synthetic', '5'], 'unexpected argument "5"'],
    [['article', '--contributions', '5'], 'takes no options'],
    [['everything'], 'unknown dataset "everything"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseJob(argv)).toThrow(UsageError);
    expect(() => parseJob(argv)).toThrow(message);
  });
});
