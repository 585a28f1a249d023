import { runStandalone } from '@continuum/subgraph';
import { subgraph } from './subgraph.ts';

await runStandalone(subgraph);
