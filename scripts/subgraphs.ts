// Every subgraph the hub runs, in port order. The launcher and the tests start them from here.
import type { SubgraphModule } from '@continuum/subgraph';
import { subgraph as councils } from '@continuum/councils';
import { subgraph as health } from '@continuum/health';
import { subgraph as people } from '@continuum/people';
import { subgraph as support } from '@continuum/support';
import { subgraph as training } from '@continuum/training';

export const SUBGRAPH_MODULES: SubgraphModule[] = [people, councils, health, support, training];
