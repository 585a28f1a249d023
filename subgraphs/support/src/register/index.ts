// What the search benchmark needs from support: the findable register's search and its inputs.
export { searchRegister, type SearchHit, type SearchPage } from './search.ts';
export { checkNeed, type Need } from './need.ts';
export { slotMask, DAYS, PERIODS, type Slot } from './slots.ts';
export { loadCentroids, type DistrictCentroid } from './centroids.ts';
export { REGISTER_ENTRY_COLUMNS } from './seed.ts';
