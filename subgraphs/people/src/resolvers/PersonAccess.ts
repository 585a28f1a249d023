import { badUserInput, connection, decodeCursor, pageSize } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type { AccessLogEntryResolvers, PersonResolvers } from '../generated/resolvers-types.ts';

/** The person's own view of the hub's access control: their audit trail and their consent. */
export const PersonAccess: PersonResolvers = {
  accessLog: async (person, { first, after }, ctx) => {
    const store = requestAccessOf(ctx).store;
    if (!store) return null;
    const size = pageSize(first, 50);
    const afterId = decodeCursor(after);
    if (afterId !== null && !/^\d{1,18}$/.test(afterId)) throw badUserInput('after', 'not a cursor returned by this API');
    const { rows, total } = await store.accessLog(person.id, size, afterId);
    return connection(rows, size, total);
  },
  consents: async (person, _args, ctx) => {
    const store = requestAccessOf(ctx).store;
    return store ? store.consentsFor([person.id]) : null;
  },
};

export const AccessLogEntry: AccessLogEntryResolvers = {
  userId: (e) => e.user_id,
  userName: (e) => e.user_name,
  organisationCode: (e) => e.organisation_code,
  service: (e) => e.subgraph,
  recordType: (e) => e.record_type,
  recordIds: (e) => e.record_ids,
  fields: (e) => e.fields,
  breakGlass: (e) => e.break_glass_id !== null,
  onBehalfOf: (e) =>
    e.on_behalf_of_user_id === null
      ? null
      : {
          userId: e.on_behalf_of_user_id,
          userName: e.on_behalf_of_user_name ?? e.on_behalf_of_user_id,
          organisationCode: e.on_behalf_of_organisation_code ?? '',
          role: e.on_behalf_of_role ?? '',
        },
};
