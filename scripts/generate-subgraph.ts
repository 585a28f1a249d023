/**
 * Creates a partner subgraph from scripts/subgraph-template: the standard layout (SDL, Prisma
 * schema and first migration, resolvers, DataLoaders, seed, tests) on the kit's runtime, then
 * generates its Prisma client and resolver types so it starts and passes its tests as created.
 */
import { now, SUBGRAPHS } from '@continuum/runtime';
import { runCodegen } from '@continuum/dev/codegen';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const TEMPLATE = path.join(root, 'scripts', 'subgraph-template');
export const PARTNERS_DIR = path.join(root, 'partners');
/** Partners listen from here up, clear of the hub's 4000-4005. */
export const FIRST_PARTNER_PORT = 4010;

export interface NewSubgraphOptions {
  name: string;
  organisation?: string;
  /** Email or phone of the team that runs it, for the registry. */
  contact?: string;
  port?: number;
  /** Folder that receives <name>/; partners/ by default. */
  parentDir?: string;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function validateName(name: string): string | null {
  if (!NAME.test(name) || name.length > 40)
    return 'use lower-case letters and digits in words joined by hyphens (at most 40 characters), e.g. flintshire-microcare';
  if ((SUBGRAPHS as readonly string[]).includes(name)) return `${name} is one of the hub's own subgraphs`;
  return null;
}

/** The next port after those the existing partners use. */
export function nextPartnerPort(parentDir = PARTNERS_DIR): number {
  const used = fs.existsSync(parentDir)
    ? fs.readdirSync(parentDir).flatMap((d) => {
        const pkg = path.join(parentDir, d, 'package.json');
        return fs.existsSync(pkg) ? [Number(JSON.parse(fs.readFileSync(pkg, 'utf8')).continuum?.port)] : [];
      })
    : [];
  return Math.max(FIRST_PARTNER_PORT - 1, ...used.filter(Number.isFinite)) + 1;
}

const pascal = (name: string) =>
  name
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const titleCase = (name: string) =>
  name
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');

function timestamp(at = now()): string {
  return at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export async function generateSubgraph(opts: NewSubgraphOptions): Promise<string> {
  const problem = validateName(opts.name);
  if (problem) throw new Error(`Cannot create subgraph "${opts.name}": ${problem}`);
  const parentDir = opts.parentDir ?? PARTNERS_DIR;
  const target = path.join(parentDir, opts.name);
  if (fs.existsSync(target)) throw new Error(`${target} already exists`);
  const port = opts.port ?? nextPartnerPort(parentDir);
  const namePascal = pascal(opts.name);
  const tokens: [string, string][] = [
    ['__ORGANISATION__', opts.organisation ?? titleCase(opts.name)],
    ['__CONTACT__', opts.contact ?? ''],
    ['__MIGRATION__', `${timestamp()}_init`],
    ['__NAME__', opts.name.toUpperCase().replace(/-/g, '_')],
    ['__Name__', namePascal],
    ['__name__', opts.name],
    ['__camel__', namePascal[0].toLowerCase() + namePascal.slice(1)],
    ['__dbname__', opts.name.replace(/-/g, '_')],
    ['__dir__', path.relative(root, target).split(path.sep).join('/')],
    ['__PORT__', String(port)],
  ];
  const fill = (text: string) => tokens.reduce((t, [token, value]) => t.split(token).join(value), text);
  copyTemplate(TEMPLATE, target, fill);
  generatePrismaClient(target);
  await generateResolverTypes(target);
  return target;
}

function copyTemplate(from: string, to: string, fill: (text: string) => string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const dest = path.join(to, fill(entry.name).replace(/\.tmpl$/, ''));
    if (entry.isDirectory()) copyTemplate(source, dest, fill);
    else {
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, fill(fs.readFileSync(source, 'utf8')));
    }
  }
}

/** `prisma generate` with the offline stand-in for the schema engine, which generate does not use. */
export function generatePrismaClient(dir: string): void {
  execFileSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['generate', '--schema', path.join(dir, 'prisma', 'schema.prisma')], {
    cwd: dir,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, 'tools', 'prisma-schema-engine-offline'),
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function generateResolverTypes(dir: string): Promise<void> {
  const { current, output } = runCodegen(dir, 'write');
  if (!current) throw new Error(`graphql-codegen failed for ${dir}:\n${output}`);
}
