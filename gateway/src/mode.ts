/**
 * The hub's mode, decided once when a launcher starts and handed to what depends on it, never read
 * from the environment deep inside: a build tool or library that sets NODE_ENV later in the same
 * process (Vite does) cannot change how the gateway answers.
 *
 * development: introspection, field suggestions, the explorer at GET /graphql with demo users' tokens.
 * production:  none of those; chosen only by the operator's NODE_ENV=production.
 */
export type HubMode = 'development' | 'production';

/** Production only when the operator set NODE_ENV=production; anything else (unset, test, development) is development. */
export function modeFromEnvironment(env: Readonly<Record<string, string | undefined>>): HubMode {
  return env.NODE_ENV === 'production' ? 'production' : 'development';
}

/** The start-up line that says which mode the hub runs in and why. */
export function describeMode(mode: HubMode): string {
  return mode === 'production'
    ? 'Mode: production (NODE_ENV=production): no introspection, no field suggestions, no explorer'
    : 'Mode: development (set NODE_ENV=production for production): introspection, field suggestions and the explorer at GET /graphql, with demo users';
}
