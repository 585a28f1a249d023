// Every subgraph the hub runs, in port order. The launcher and the tests start them from here.
import { SUBGRAPHS, type SubgraphModule } from '@continuum/kit';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const present = SUBGRAPHS.filter((name) => fs.existsSync(path.join(root, 'subgraphs', name, 'src', 'subgraph.ts')));

export const SUBGRAPH_MODULES: SubgraphModule[] = await Promise.all(
  present.map(async (name) => ((await import(`@continuum/${name}`)) as { subgraph: SubgraphModule }).subgraph),
);
