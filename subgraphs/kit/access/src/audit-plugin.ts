import type { ApolloServerPlugin } from '@apollo/server';
import { errorFields, graphqlError, type Logger, type ServiceMetrics } from '@continuum/runtime';
import type { RequestAccess } from './request-access.ts';

/**
 * Writes the request's audit rows before the response leaves. If they cannot be written the
 * data is withheld: no read of personal data goes unrecorded. Rows written and failed writes
 * are counted in the service's metrics.
 */
export function auditTrailPlugin<Ctx extends object>(logger: Logger, metrics?: ServiceMetrics): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const access = (contextValue as { access?: RequestAccess }).access;
          if (!access) return;
          try {
            const written = await access.flush();
            if (written) metrics?.auditRowsWritten(written);
          } catch (err) {
            metrics?.auditWriteFailed();
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
