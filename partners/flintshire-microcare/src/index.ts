// Runs flintshire-microcare as its own process: `npm start` in this folder (DATABASE_URL names the server;
// FLINTSHIRE_MICROCARE_PORT overrides the port; CONTINUUM_SEED=on loads the demo rows once).
import { runStandalone } from '@continuum/subgraph';
import { subgraph } from './subgraph.ts';

await runStandalone(subgraph, { defaultPort: 4010 });
