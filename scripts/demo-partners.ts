/**
 * The demo hub's partners: each subgraph in partners/ is started as its own process on its own
 * database, registered and published through the schema registry, as a partner organisation
 * would do it; the gateway picks each publish up without a restart.
 */
import { databaseName, withDatabase } from '@continuum/runtime';
import { type Registry } from '@continuum/schema/registry';
import fs from 'node:fs';
import path from 'node:path';
import { localPartners, startPartnerProcess, type PartnerAccess, type PartnerProcess } from './partner-process.ts';

export async function startDemoPartners(opts: {
  serverUrl: string;
  registry: Registry;
  seed: boolean;
  anchor?: string;
  host?: string;
  access: PartnerAccess;
  log: (line: string) => void;
}): Promise<PartnerProcess[]> {
  const running: PartnerProcess[] = [];
  for (const partner of localPartners()) {
    try {
      const proc = await startPartnerProcess({
        partner,
        databaseUrl: withDatabase(opts.serverUrl, databaseName(partner.name)),
        seed: opts.seed,
        anchor: opts.anchor,
        host: opts.host,
        access: opts.access,
        log: opts.log,
      });
      running.push(proc);
      opts.registry.register({ name: partner.name, url: proc.url, organisation: partner.organisation, contact: partner.contact });
      const { report, published, unchanged } = await opts.registry.publish(
        partner.name,
        fs.readFileSync(path.join(partner.dir, 'schema.graphql'), 'utf8'),
      );
      if (published) opts.log(`  published ${partner.name} as registry version ${published.version}`);
      else if (!unchanged)
        opts.log(
          `  ${partner.name} was not published:\n${[...report.compositionErrors, ...(report.breaking ?? []).map((b) => b.message)].join('\n')}`,
        );
    } catch (err) {
      // A partner that cannot start costs only its own fields; the hub runs on without it.
      opts.log(`  ${partner.name} did not start: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  return running;
}
