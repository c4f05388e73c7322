/**
 * A jest reporter that runs after the default one and ends the output with a summary a script can
 * read: which engines the run covered, then a last line such as `42 passed, 0 failed` (with
 * `, 3 skipped` when any were skipped). Plain JavaScript: jest loads reporters without transforming.
 */
'use strict';

const ENGINE_TAG = /\[(sqlite|mysql)\]/;

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

class SummaryReporter {
  constructor() {
    /** engine -> number of tests that ran in a describe block tagged with it */
    this.testsByEngine = new Map();
  }

  onTestResult(_test, testResult) {
    for (const result of testResult.testResults) {
      if (result.status !== 'passed' && result.status !== 'failed') continue;
      const tag = result.ancestorTitles.map((title) => ENGINE_TAG.exec(title)).find(Boolean);
      if (!tag) continue;
      this.testsByEngine.set(tag[1], (this.testsByEngine.get(tag[1]) ?? 0) + 1);
    }
  }

  onRunComplete(_contexts, results) {
    const expected = process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
    const engines = expected.map((engine) => `${engine} (${plural(this.testsByEngine.get(engine) ?? 0, 'test')})`);
    const skipped = results.numPendingTests + results.numTodoTests;
    // Files that failed to run at all (a syntax or type error) hold no tests but must not read as green.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const lines = [
      '',
      `engines: ${engines.join(', ')}${process.env.TEST_MYSQL_URL ? '' : ' — set TEST_MYSQL_URL to run MySQL too'}`,
      `${results.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    ];
    // Jest's own summary ("Test Suites: …") is printed by a reporter it always adds after the custom
    // ones, so the last line is written as the process exits (a synchronous write on Linux).
    // In watch mode only the last run's summary is printed.
    this.lines = lines;
    if (!this.printsOnExit) {
      this.printsOnExit = true;
      process.once('exit', () => process.stdout.write(`${this.lines.join('\n')}\n`));
    }
  }
}

module.exports = SummaryReporter;
