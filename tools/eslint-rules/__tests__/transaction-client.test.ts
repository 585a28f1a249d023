import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from '@jest/globals';
import rule from '../transaction-client.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester();

// The rule under test: a statement on the outer client inside its own $transaction callback.
tester.run('transaction-client', rule as never, {
  valid: [
    {
      name: 'statements through tx',
      code: 'await db.$transaction(async (tx) => { await tx.person.create({ data }); await tx.$executeRaw`SELECT 1`; });',
    },
    {
      name: 'another object that merely shares a property name',
      code: 'await db.$transaction(async (tx) => { await tx.person.update({ where: { id }, data: { db: other.db } }); });',
    },
    {
      name: 'the outer client used after the transaction',
      code: 'await db.$transaction(async (tx) => tx.person.count()); await db.person.count();',
    },
    { name: 'an array of statements (no callback)', code: 'await db.$transaction([db.person.count(), db.pa.count()]);' },
  ],
  invalid: [
    {
      name: 'a write on the outer client',
      code: 'await db.$transaction(async (tx) => { await tx.person.create({ data }); await db.audit.create({ data }); });',
      errors: [{ messageId: 'outerClient' }],
    },
    {
      name: 'a member-expression client (this.db)',
      code: 'class S { async f() { await this.db.$transaction(async (t) => { await this.db.person.delete({ where }); }); } }',
      errors: [{ messageId: 'outerClient' }],
    },
    {
      name: 'the outer client handed to a helper',
      code: 'await ctx.db.$transaction(async (tx) => { await repoint(ctx.db, id); });',
      errors: [{ messageId: 'outerClient' }],
    },
    {
      name: 'a nested transaction on the outer client',
      code: 'await db.$transaction(async (tx) => { await db.$transaction(async (tx2) => tx2.person.count()); });',
      errors: [{ messageId: 'outerClient' }],
    },
  ],
});
