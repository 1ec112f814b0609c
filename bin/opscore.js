#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through `prepare`); no transpiler at run time.
import('../dist/src/cli/main.js').then((cli) => cli.main(process.argv)).catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli')) {
    console.error('opscore: the compiled CLI is missing; run `npm install` (or `npm run build`) first.');
  } else {
    console.error(`opscore: ${error && error.message ? error.message : error}`);
  }
  process.exit(1);
});
