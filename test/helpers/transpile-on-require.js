/**
 * Loads the service's TypeScript sources in a plain `node` process (`node -r` this file): each .ts
 * file is transpiled on require with the project's compiler options, without type checking, so a
 * test can run the service as a real child process in a second instead of building dist/ first.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(module.path, '..', '..');
const ts = require(require.resolve('typescript', { paths: [root] }));

const parsed = ts.getParsedCommandLineOfConfigFile(
  path.join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  },
);
const compilerOptions = { ...parsed.options, sourceMap: false, inlineSourceMap: true, inlineSources: false };

require.extensions['.ts'] = function transpile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
