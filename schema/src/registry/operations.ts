/**
 * Registered operations: the queries clients are known to send. A schema change that breaks
 * one of them is refused. They come from .graphql files (the hub's own examples in
 * schema/operations, the continuity questions in docs/questions, and operations partners
 * register in the registry's operations/ folder) and from persisted-operation manifests.
 */
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';

export interface RegisteredOperation {
  /** Where it came from and its name, e.g. docs/questions/q2-kept-their-pas.graphql#KeptTheirPas. */
  id: string;
  document: DocumentNode;
}

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** The hub's folders of registered operations, relative to the repository root. */
export const HUB_OPERATION_DIRS = ['schema/operations', 'docs/questions'];
/** Persisted-operation manifests (JSON), relative to the repository root. */
export const HUB_MANIFEST_DIRS = ['gateway/persisted-operations'];

export function loadRegisteredOperations(registryDir?: string): RegisteredOperation[] {
  const ops: RegisteredOperation[] = [];
  // Labelled by path from the repository, or from the registry for operations registered there.
  const graphqlDirs = HUB_OPERATION_DIRS.map((d) => ({ dir: path.join(root, d), base: root }));
  if (registryDir) graphqlDirs.push({ dir: path.join(registryDir, 'operations'), base: registryDir });
  for (const { dir, base } of graphqlDirs) {
    for (const file of listFiles(dir, '.graphql')) ops.push(...splitOperations(path.relative(base, file), fs.readFileSync(file, 'utf8')));
  }
  for (const dir of HUB_MANIFEST_DIRS.map((d) => path.join(root, d))) {
    for (const file of listFiles(dir, '.json')) {
      for (const [name, body] of manifestEntries(JSON.parse(fs.readFileSync(file, 'utf8'))))
        ops.push(...splitOperations(`${path.relative(root, file)}#${name}`, body));
    }
  }
  return ops;
}

function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Apollo's persisted-query manifest ({ operations: [{ id, name, body }] }) or a plain { id: body } map. */
function manifestEntries(manifest: unknown): [string, string][] {
  if (manifest && typeof manifest === 'object' && Array.isArray((manifest as { operations?: unknown }).operations)) {
    return (manifest as { operations: { id: string; name?: string; body: string }[] }).operations.map((o) => [o.name ?? o.id, o.body]);
  }
  if (manifest && typeof manifest === 'object') {
    return Object.entries(manifest as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
  }
  return [];
}

/** One registered operation per operation in a document, each with the fragments it may use. */
function splitOperations(source: string, text: string): RegisteredOperation[] {
  const document = parse(text);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operations.map((op, i) => ({
    id: `${source}#${op.name?.value ?? i + 1}`,
    document: { kind: Kind.DOCUMENT, definitions: [op, ...fragments] },
  }));
}
