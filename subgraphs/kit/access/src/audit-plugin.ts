import type { ApolloServerPlugin } from '@apollo/server';
import { errorFields, graphqlError, type Logger } from '@continuum/runtime';
import type { RequestAccess } from './request-access.ts';

/**
 * Writes the request's audit rows before the response leaves. If they cannot be written the
 * data is withheld: no read of personal data goes unrecorded.
 */
export function auditTrailPlugin<Ctx extends object>(logger: Logger): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const access = (contextValue as { access?: RequestAccess }).access;
          if (!access) return;
          try {
            await access.flush();
          } catch (err) {
            logger.error('audit trail write failed', errorFields(err));
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                graphqlError('AUDIT_UNAVAILABLE', 'The audit trail could not be written; nothing is shown').toJSON(),
              ];
            }
          }
        },
      };
    },
  };
}
