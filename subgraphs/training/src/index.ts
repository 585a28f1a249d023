import { runStandalone } from '@continuum/kit';
import { subgraph } from './subgraph.ts';

await runStandalone(subgraph);
