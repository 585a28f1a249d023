/** Continuum's house rules, as an ESLint plugin (see eslint.config.js). */
import transactionClient from './transaction-client.js';

export default {
  meta: { name: 'eslint-plugin-continuum' },
  rules: { 'transaction-client': transactionClient },
};
