/**
 * `npm run docs:errors`: rewrites the table of error codes in README.md's "Errors" section from
 * ERROR_CODES in @continuum/runtime (between the error-codes markers). A test fails until it is run
 * after the list changes.
 */
import { parseCommandLine } from '@continuum/runtime/cli';
import fs from 'node:fs';
import path from 'node:path';

parseCommandLine({
  command: 'npm run docs:errors --',
  usage: `Usage: npm run docs:errors

Rewrites the table of error codes in README.md's "Errors" section from ERROR_CODES in
@continuum/runtime (between the error-codes markers). Run it after the list changes; a test fails
until README's table matches.

  -h, --help  this help`,
  options: {},
});

// Loaded once the command line is read: --help and a mistyped option answer at once.
const { withErrorCodesTable } = await import('@continuum/runtime');
const readme = path.resolve(import.meta.dirname, '..', 'README.md');
const before = fs.readFileSync(readme, 'utf8');
const after = withErrorCodesTable(before);
if (after !== before) fs.writeFileSync(readme, after);
console.log(after === before ? 'README.md: the error codes table was already up to date' : 'README.md: rewrote the error codes table');
