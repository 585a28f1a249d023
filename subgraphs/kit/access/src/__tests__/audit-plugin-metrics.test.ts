/**
 * The audit flush is counted in the service's metrics: rows written, and writes that failed (the
 * answer then withheld with AUDIT_UNAVAILABLE, as before).
 */
import { describe, expect, it } from '@jest/globals';
import { quietLogger, ServiceMetrics } from '@continuum/runtime';
import { auditTrailPlugin } from '../audit-plugin.ts';

/** Runs the plugin's willSendResponse for one request whose access flush does `flush`. */
async function respond(metrics: ServiceMetrics, flush: () => Promise<number>) {
  const response = { body: { kind: 'single', singleResult: { data: { person: { id: 'p1' } } as unknown, errors: undefined as unknown } } };
  const listener = await auditTrailPlugin(quietLogger, metrics).requestDidStart!({} as never);
  await listener!.willSendResponse!({ contextValue: { access: { flush } }, response } as never);
  return response.body.singleResult;
}

describe('audit writes in the metrics', () => {
  it('counts the rows each request writes', async () => {
    const metrics = new ServiceMetrics('people');
    await respond(metrics, async () => 3);
    await respond(metrics, async () => 2);
    const text = await metrics.text();
    expect(text).toMatch(/^continuum_audit_rows_written_total\{service="people"\} 5$/m);
    expect(text).toMatch(/^continuum_audit_write_failures_total\{service="people"\} 0$/m);
  });

  it('counts a failed write, and the answer is withheld with AUDIT_UNAVAILABLE', async () => {
    const metrics = new ServiceMetrics('people');
    const result = await respond(metrics, async () => {
      throw new Error('the access store is down');
    });
    expect(result.data).toBeNull();
    expect((result.errors as { extensions: { code: string } }[])[0]?.extensions.code).toBe('AUDIT_UNAVAILABLE');
    expect(await metrics.text()).toMatch(/^continuum_audit_write_failures_total\{service="people"\} 1$/m);
  });
});
