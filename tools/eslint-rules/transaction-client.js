/**
 * Inside `client.$transaction(async (tx) => …)`, every statement must go through `tx`. A call on
 * the outer `client` runs on another connection, outside the transaction: it neither rolls back
 * with it nor sees its uncommitted rows, so "bad input loses nothing" silently stops holding.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Inside a $transaction callback, use the transaction client, never the outer client' },
    schema: [],
    messages: {
      outerClient: "'{{client}}' inside its own $transaction callback runs outside the transaction: use '{{tx}}'.",
    },
  },
  create(context) {
    const source = context.sourceCode;
    return {
      CallExpression(call) {
        const callee = call.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== '$transaction') return;
        const callback = call.arguments[0];
        if (!callback || (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression')) return;
        const param = callback.params[0];
        if (!param || param.type !== 'Identifier') return;
        const client = source.getText(callee.object);
        const visit = (node, parent) => {
          if (!node || typeof node.type !== 'string') return;
          const isPropertyName =
            parent &&
            ((parent.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
              (parent.type === 'Property' && parent.key === node && !parent.computed));
          if (
            (node.type === 'Identifier' || node.type === 'MemberExpression' || node.type === 'ThisExpression') &&
            !isPropertyName &&
            source.getText(node) === client
          ) {
            context.report({ node, messageId: 'outerClient', data: { client, tx: param.name } });
            return;
          }
          for (const key of source.visitorKeys[node.type] ?? []) {
            const child = node[key];
            if (Array.isArray(child)) child.forEach((c) => visit(c, node));
            else visit(child, node);
          }
        };
        visit(callback.body, callback);
      },
    };
  },
};
