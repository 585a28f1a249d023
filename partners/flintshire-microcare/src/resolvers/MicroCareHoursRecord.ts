import type { MicroCareHoursRecordResolvers, MicroCareService } from '../generated/resolvers-types.ts';

export const MicroCareHoursRecord: MicroCareHoursRecordResolvers = {
  client: async (record, _args, { loaders }) => (await loaders.client.load(record.clientId))!,
  category: (record) => record.category as MicroCareService,
  hours: (record) => Number(record.hours),
};
