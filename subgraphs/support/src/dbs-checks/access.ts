import { forbidden, recordSubject, requestAccessOf } from '@continuum/access';
import { isId } from '@continuum/runtime';
import type { Context } from '../context.ts';

const load = (id: string, ctx: Context) => ctx.db.dbsCheck.findUnique({ where: { id } });

/** A DBS check named by id is the PA's: visible with the PA, else not found. */
export const dbsCheckSubject = (arg: string) => recordSubject(arg, 'DbsCheck', load, (c) => ({ paId: c.personalAssistantId }));

/** Only the organisation that processed an application records what came back for it. */
export const dbsProcessorOnly =
  (arg: string) =>
  async (args: Record<string, unknown>, ctx: unknown): Promise<void> => {
    const id = String(args[arg] ?? '');
    const check = isId(id) ? await load(id.toLowerCase(), ctx as Context) : null;
    const { caller } = requestAccessOf(ctx);
    if (check && check.processedByCode !== caller.organisationCode) {
      throw forbidden(
        `${caller.organisationCode} did not process this DBS check`,
        arg,
        'only the organisation that processed the application records its certificate',
      );
    }
  };
