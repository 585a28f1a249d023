/**
 * What a deployment (docker-compose.yml, the Kubernetes manifests) must give each of the hub's
 * containers, checked against the code's own settings (deploy/services.ts): the command, the
 * port variable and port, the settings the service cannot start without, and probes on the
 * hub's probe paths. Each check returns the problems it found, so a test names them all.
 */
import { PROBE_PATHS } from '@continuum/runtime';
import { SECRET_SETTING } from '../deploy/secret-files.ts';
import { requiredSettings, serviceCommands, type ServiceCommand } from '../deploy/services.ts';

/** A container as a deployment describes it, whatever the platform. */
export interface DeployedContainer {
  /** Where it is described (for messages). */
  where: string;
  /** The arguments the image is given. */
  args: string[];
  /** Its environment: literal values, or `undefined` for a value taken from elsewhere (a secret). */
  env: Record<string, string | undefined>;
  /** Files mounted into it (secrets), by path. */
  files: string[];
}

export const SERVICES = serviceCommands({});

export function serviceFor(command: string): ServiceCommand {
  const found = SERVICES.find((s) => s.command === command);
  if (!found) throw new Error(`${command} is not a command the image knows`);
  return found;
}

/** Whether `env` gives `name`: directly, or as a file for a secret setting. */
function gives(env: DeployedContainer['env'], name: string): boolean {
  return name in env || (SECRET_SETTING.test(name) && `${name}_FILE` in env);
}

/** The problems with one container: an unknown command, a missing setting, a port not the code's, a file setting naming no mounted file. */
export function checkContainer(c: DeployedContainer): string[] {
  const problems: string[] = [];
  const [command] = c.args;
  const service = SERVICES.find((s) => s.command === command);
  if (!service) return [`${c.where}: "${command}" is not a command the image accepts`];
  for (const setting of requiredSettings(command)) {
    const options = Array.isArray(setting) ? setting : [setting];
    if (!options.some((o) => gives(c.env, o))) problems.push(`${c.where}: sets none of ${options.join(' / ')}`);
  }
  if (service.portVariable && c.env[service.portVariable] !== undefined && Number(c.env[service.portVariable]) !== service.port)
    problems.push(`${c.where}: ${service.portVariable} is ${c.env[service.portVariable]}, the code's is ${service.port}`);
  for (const [name, value] of Object.entries(c.env)) {
    const isFile = name.endsWith('_FILE') || name === 'CONTINUUM_KEYS_DIR';
    if (!isFile || value === undefined || !value.startsWith('/run/secrets')) continue;
    const mounted = name === 'CONTINUUM_KEYS_DIR' ? c.files.some((f) => f.startsWith(`${value}/`)) : c.files.includes(value);
    if (!mounted) problems.push(`${c.where}: ${name} names ${value}, which is not mounted`);
  }
  return problems;
}

/** The settings a subgraph needs for the rest of the hub: its gateway URL, and the gateway's URL of each subgraph. */
export function graphqlUrl(host: string, command: string): string {
  return `http://${host}:${serviceFor(command).port}/graphql`;
}

export const READY_PATH = '/health/ready';
export const LIVE_PATH = '/health/live';
if (!PROBE_PATHS.has(READY_PATH) || !PROBE_PATHS.has(LIVE_PATH))
  throw new Error('The hub no longer answers the probe paths deployments use');
