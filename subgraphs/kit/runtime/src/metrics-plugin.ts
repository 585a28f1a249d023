import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ServiceMetrics } from './metrics.ts';

/**
 * Counts each GraphQL request by its operation name, times it, and counts the errors of the
 * answer as the client gets it (after masking), by extensions.code.
 */
export function graphqlMetricsPlugin<Ctx extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, document, response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => {
            const code = e.extensions?.code;
            return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
          });
          // The name the document gives the operation it ran; a request that did not parse has none.
          const operation = operationName ?? (document ? '(anonymous)' : '(unparsed)');
          metrics.graphqlRequest(operation, (performance.now() - started) / 1000, codes);
        },
      };
    },
  };
}
