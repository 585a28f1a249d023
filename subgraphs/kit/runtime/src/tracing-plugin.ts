/**
 * Names the operation on the request's server span (when tracing is on): its name and type,
 * never its document or variables.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { tracingEnabled } from './tracing.ts';

export function operationSpanPlugin<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      if (!tracingEnabled()) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          trace.getActiveSpan()?.setAttributes({
            ...(operation ? { 'graphql.operation.type': operation.operation } : {}),
            ...(operationName ? { 'graphql.operation.name': operationName } : {}),
          });
        },
      };
    },
  };
}
