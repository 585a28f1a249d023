/**
 * Renders a kustomization as `kubectl kustomize` does, for the features deploy/kubernetes uses:
 * resources (files, and directories holding a kustomization), namespace, images (newName,
 * newTag) and JSON 6902 patches aimed by kind and name. Not every machine that runs the tests
 * has kubectl; where it does, the test compares the two renderings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
} & Record<string, unknown>;

interface Kustomization {
  namespace?: string;
  resources?: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { target: { kind: string; name: string }; patch: string }[];
}

type PatchOp = { op: 'add' | 'replace' | 'remove'; path: string; value?: unknown };

/** Kinds without a namespace (of those the manifests use). */
const CLUSTER_SCOPED = new Set(['Namespace']);
const KNOWN_FIELDS = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'patches']);

export function kustomize(dir: string): K8sObject[] {
  const k = parse(fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const unknown = Object.keys(k).filter((f) => !KNOWN_FIELDS.has(f));
  if (unknown.length) throw new Error(`${dir}: this renderer does not know ${unknown.join(', ')}`);
  const objects: K8sObject[] = [];
  for (const resource of k.resources ?? []) {
    const at = path.join(dir, resource);
    if (fs.statSync(at).isDirectory()) objects.push(...kustomize(at));
    else for (const doc of parseAllDocuments(fs.readFileSync(at, 'utf8'))) if (doc.contents) objects.push(doc.toJS() as K8sObject);
  }
  for (const { target, patch } of k.patches ?? []) {
    const hits = objects.filter((o) => o.kind === target.kind && o.metadata.name === target.name);
    if (hits.length !== 1) throw new Error(`${dir}: a patch aims at ${target.kind}/${target.name}, found ${hits.length}`);
    for (const op of parse(patch) as PatchOp[]) applyOp(hits[0], op);
  }
  for (const image of k.images ?? []) for (const o of objects) for (const c of containersOf(o)) c.image = retag(c.image, image);
  if (k.namespace) for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  return objects;
}

export interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  ports?: { name: string; containerPort: number }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  startupProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
  volumeMounts?: { name: string; mountPath: string }[];
}

export interface PodSpec {
  containers: Container[];
  volumes?: { name: string; secret?: { secretName: string; items?: { key: string; path: string }[] } }[];
}

/** The pod template of a workload (Deployment, StatefulSet, Job), or null. */
export function podTemplate(o: K8sObject): { metadata: { labels: Record<string, string> }; spec: PodSpec } | null {
  const spec = o.spec as { template?: { metadata: { labels: Record<string, string> }; spec: PodSpec } } | undefined;
  return spec?.template ?? null;
}

export function containersOf(o: K8sObject): Container[] {
  return podTemplate(o)?.spec.containers ?? [];
}

/** kustomize's images transformer: the name matches the image without its tag or digest. */
function retag(image: string, rule: { name: string; newName?: string; newTag?: string }): string {
  const [name, tag] = image.split(':');
  if (name !== rule.name) return image;
  return `${rule.newName ?? name}${rule.newTag ? `:${rule.newTag}` : tag ? `:${tag}` : ''}`;
}

function applyOp(target: unknown, op: PatchOp): void {
  const keys = op.path
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop()!;
  let parent = target as Record<string, unknown> | unknown[];
  for (const key of keys) {
    const next = Array.isArray(parent) ? parent[Number(key)] : parent[key];
    if (next === undefined || next === null) throw new Error(`patch path ${op.path} does not exist`);
    parent = next as Record<string, unknown> | unknown[];
  }
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (op.op === 'add') parent.splice(index, 0, op.value);
    else if (index >= parent.length) throw new Error(`patch path ${op.path} does not exist`);
    else if (op.op === 'replace') parent[index] = op.value;
    else parent.splice(index, 1);
    return;
  }
  if (op.op !== 'add' && !(last in parent)) throw new Error(`patch path ${op.path} does not exist`);
  if (op.op === 'remove') delete parent[last];
  else parent[last] = op.value;
}
