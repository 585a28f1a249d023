/**
 * The Kubernetes manifests (deploy/kubernetes: a base and the demo and production overlays),
 * rendered as kustomize renders them (tests/kustomize.ts, compared with `kubectl kustomize`
 * where kubectl is installed), every object validated against the Kubernetes API's JSON schemas
 * (kubernetes-models), and every container checked against the code's own settings like the
 * compose file: the command, settings, ports and probe paths, secrets mounted where its settings
 * point; plus what a cluster needs besides: resources, disruption budgets, autoscaling, and
 * network policies under which a subgraph is reachable only from the gateway and the hub's
 * services.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, it } from '@jest/globals';
import { makeSecrets } from '../deploy/keys.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { checkContainer, graphqlUrl, LIVE_PATH, READY_PATH, serviceFor, type DeployedContainer } from './deploy-settings.ts';
import { containersOf, kustomize, podTemplate, type K8sObject } from './kustomize.ts';

const root = path.resolve(import.meta.dirname, '..');
const OVERLAYS = ['demo', 'production'] as const;
const rendered = Object.fromEntries(OVERLAYS.map((o) => [o, kustomize(path.join(root, 'deploy', 'kubernetes', 'overlays', o))])) as Record<
  (typeof OVERLAYS)[number],
  K8sObject[]
>;
/** Each overlay's workloads running the hub's image, with the command they run. */
const hubWorkloads = (objects: K8sObject[]) =>
  objects.filter((o) => containersOf(o).some((c) => c.image.split(':')[0].endsWith('continuum')));
const byKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

function matches(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] },
  labels: Record<string, string>,
): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpression = (selector.matchExpressions ?? []).every((e) =>
    e.operator === 'In'
      ? e.values!.includes(labels[e.key])
      : e.operator === 'NotIn'
        ? !e.values!.includes(labels[e.key])
        : e.operator === 'Exists'
          ? e.key in labels
          : !(e.key in labels),
  );
  return byLabel && byExpression;
}

function container(o: K8sObject): DeployedContainer {
  const pod = podTemplate(o)!;
  const c = pod.spec.containers[0];
  const files = (c.volumeMounts ?? []).flatMap((m) => {
    const volume = pod.spec.volumes?.find((v) => v.name === m.name);
    return (volume?.secret?.items ?? []).map((i) => `${m.mountPath}/${i.path}`);
  });
  return {
    where: `${o.kind}/${o.metadata.name}`,
    args: c.args ?? [],
    env: Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value])),
    files,
  };
}

describe.each(OVERLAYS)('the %s overlay', (overlay) => {
  const objects = rendered[overlay];

  it('renders as kubectl kustomize renders it, where kubectl is installed', () => {
    const kubectl = spawnSync('kubectl', ['kustomize', path.join(root, 'deploy', 'kubernetes', 'overlays', overlay)], { encoding: 'utf8' });
    if (kubectl.error) return; // Not installed here: the renderer alone is used.
    assert.equal(kubectl.status, 0, kubectl.stderr);
    const key = (o: K8sObject) => `${o.kind}/${o.metadata.name}`;
    const theirs = parseAllDocuments(kubectl.stdout).map((d) => d.toJS() as K8sObject);
    assert.deepEqual(theirs.map(key).sort(), objects.map(key).sort());
    for (const o of theirs)
      assert.deepEqual(
        objects.find((m) => key(m) === key(o)),
        o,
        key(o),
      );
  });

  it("validates every object against the Kubernetes API's schemas", async () => {
    for (const o of objects) {
      const model = (await import(`kubernetes-models/${o.apiVersion}/${o.kind}`)) as Record<
        string,
        new (data: unknown) => { validate(): void }
      >;
      assert.doesNotThrow(() => new model[o.kind](o).validate(), `${o.kind}/${o.metadata.name}`);
    }
  });

  it("gives every container of the hub's image a command the image knows, the settings it needs, and the code's port, behind its Service", () => {
    const workloads = hubWorkloads(objects);
    assert.ok(workloads.length >= 7);
    for (const o of workloads) {
      assert.deepEqual(checkContainer(container(o)), []);
      const service = serviceFor(containersOf(o)[0].args![0]);
      if (service.kind === 'job') continue;
      const c = containersOf(o)[0];
      assert.equal(
        c.env?.find((e) => e.name === service.portVariable)?.value,
        String(service.port),
        `${o.metadata.name} ${service.portVariable}`,
      );
      assert.deepEqual(c.ports, [{ name: 'http', containerPort: service.port }]);
      const svc = named(objects, 'Service', o.metadata.name) as {
        spec: { selector: Record<string, string>; ports: { port: number; targetPort: string }[] };
      } & K8sObject;
      assert.ok(
        svc && matches({ matchLabels: svc.spec.selector }, podTemplate(o)!.metadata.labels),
        `a Service selects ${o.metadata.name}`,
      );
      assert.deepEqual(
        svc.spec.ports.map((p) => [p.port, p.targetPort]),
        [[service.port, 'http']],
      );
    }
  });

  it("probes readiness on /health/ready and liveness on /health/live, on the service's own port", () => {
    for (const o of byKind(objects, 'Deployment').filter((d) => hubWorkloads([d]).length)) {
      const c = containersOf(o)[0];
      assert.deepEqual(c.readinessProbe?.httpGet, { path: READY_PATH, port: 'http' }, o.metadata.name);
      assert.deepEqual(c.livenessProbe?.httpGet, { path: LIVE_PATH, port: 'http' }, o.metadata.name);
      assert.deepEqual(c.startupProbe?.httpGet, { path: LIVE_PATH, port: 'http' }, o.metadata.name);
    }
  });

  it('points the gateway at each subgraph, and each subgraph at the gateway, through their Services', () => {
    const gateway = containersOf(named(objects, 'Deployment', 'gateway')!)[0];
    for (const mod of SUBGRAPH_MODULES) {
      assert.ok(named(objects, 'Service', mod.name), `a Service for ${mod.name}`);
      assert.equal(gateway.env?.find((e) => e.name === `${mod.name.toUpperCase()}_URL`)?.value, graphqlUrl(mod.name, mod.name));
      const sub = containersOf(named(objects, 'Deployment', mod.name)!)[0];
      assert.equal(sub.env?.find((e) => e.name === 'CONTINUUM_GATEWAY_URL')?.value, graphqlUrl('gateway', 'gateway'));
    }
  });

  it('runs the migrate job, and every Deployment with resource requests, a memory limit and a PodDisruptionBudget', () => {
    const job = named(objects, 'Job', 'migrate');
    assert.deepEqual(containersOf(job!)[0].args, ['migrate']);
    for (const d of byKind(objects, 'Deployment')) {
      const r = containersOf(d)[0].resources;
      assert.ok(r?.requests?.cpu && r.requests.memory && r.limits?.memory, `${d.metadata.name} has resources`);
      const replicas = (d.spec as { replicas: number }).replicas;
      if (replicas < 2) continue;
      const budgets = byKind(objects, 'PodDisruptionBudget').filter((p) =>
        matches((p.spec as { selector: never }).selector, podTemplate(d)!.metadata.labels),
      );
      assert.equal(budgets.length, 1, `${d.metadata.name} has a PodDisruptionBudget`);
      assert.ok((budgets[0].spec as { minAvailable: number }).minAvailable < replicas, `${d.metadata.name}'s budget lets a node drain`);
    }
  });

  it('autoscales the gateway and the busiest subgraphs (people, support) on CPU', () => {
    const scaled = byKind(objects, 'HorizontalPodAutoscaler').map((h) => {
      const spec = h.spec as { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number };
      assert.ok(named(objects, spec.scaleTargetRef.kind, spec.scaleTargetRef.name), `${h.metadata.name} scales a Deployment that exists`);
      assert.ok(spec.minReplicas >= 2 && spec.maxReplicas > spec.minReplicas);
      return spec.scaleTargetRef.name;
    });
    assert.deepEqual(scaled.sort(), ['gateway', 'people', 'support']);
  });

  it('lets a subgraph be reached only by the gateway and the hub services, and the gateway by anyone', () => {
    const policies = byKind(objects, 'NetworkPolicy') as ({
      spec: {
        podSelector: never;
        policyTypes: string[];
        ingress?: { from?: { podSelector?: never; namespaceSelector?: unknown; ipBlock?: unknown }[] }[];
      };
    } & K8sObject)[];
    const pods = objects.flatMap((o) => (podTemplate(o) ? [{ name: o.metadata.name, labels: podTemplate(o)!.metadata.labels }] : []));
    /** Which pods may open a connection to `target`: 'anyone', or their names. */
    const allowedFrom = (target: Record<string, string>): 'anyone' | string[] => {
      const selecting = policies.filter((p) => p.spec.policyTypes.includes('Ingress') && matches(p.spec.podSelector, target));
      assert.ok(selecting.length > 0, 'every pod of the hub is under a policy');
      const rules = selecting.flatMap((p) => p.spec.ingress ?? []);
      if (rules.some((r) => !r.from)) return 'anyone';
      for (const r of rules)
        for (const f of r.from!) assert.ok(!f.namespaceSelector && !f.ipBlock, 'no other namespace or address is let in');
      return pods
        .filter((p) => rules.some((r) => r.from!.some((f) => f.podSelector && matches(f.podSelector, p.labels))))
        .map((p) => p.name)
        .sort();
    };
    const hubPods = pods
      .filter((p) => ['gateway', 'subgraph'].includes(p.labels['app.kubernetes.io/component']))
      .map((p) => p.name)
      .sort();
    for (const mod of SUBGRAPH_MODULES)
      assert.deepEqual(allowedFrom(podTemplate(named(objects, 'Deployment', mod.name)!)!.metadata.labels), hubPods, mod.name);
    assert.ok(!hubPods.includes('migrate') && !hubPods.includes('dashboard'));
    assert.equal(allowedFrom(podTemplate(named(objects, 'Deployment', 'gateway')!)!.metadata.labels), 'anyone');
    // The jobs and everything else of the hub: nothing may connect unless a policy says so.
    const deny = named(objects, 'NetworkPolicy', 'continuum-default-deny') as {
      spec: { podSelector: never; ingress?: unknown };
    } & K8sObject;
    assert.equal(deny.spec.ingress, undefined);
    for (const p of pods)
      assert.ok(p.name === 'postgres' || matches(deny.spec.podSelector, p.labels), `${p.name} is under the default deny`);
  });

  describe('secrets', () => {
    let made: string[];
    beforeAll(async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-k8s-secrets-'));
      await makeSecrets(dir);
      made = fs.readdirSync(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('mount only files the keys job makes (continuum-keys), and read database URLs from continuum-database', () => {
      for (const o of objects) {
        for (const v of podTemplate(o)?.spec.volumes ?? []) {
          if (!v.secret) continue;
          assert.equal(v.secret.secretName, 'continuum-keys', `${o.metadata.name}: ${v.name}`);
          for (const item of v.secret.items ?? [])
            assert.ok(made.includes(item.key), `${o.metadata.name} mounts ${item.key}, which the keys job makes`);
        }
        for (const c of containersOf(o))
          for (const e of c.env ?? []) {
            if (!e.valueFrom) continue;
            assert.deepEqual(e.valueFrom, { secretKeyRef: { name: 'continuum-database', key: e.name } }, `${o.metadata.name} ${e.name}`);
            assert.ok(['DATABASE_URL', 'CONTINUUM_ACCESS_DATABASE_URL'].includes(e.name));
          }
      }
    });

    it('hold no private key but the hub services’ in a subgraph, and no password in any manifest', () => {
      for (const mod of SUBGRAPH_MODULES)
        assert.deepEqual(
          container(named(objects, 'Deployment', mod.name)!).files.filter((f) => f.includes('private')),
          ['/run/secrets/continuum-keys/hub-services.private.jwk.json'],
        );
      const secret = named(objects, 'Secret', 'continuum-database') as { stringData?: Record<string, string> } & K8sObject;
      if (overlay === 'demo') assert.deepEqual(Object.keys(secret.stringData!).sort(), ['CONTINUUM_ACCESS_DATABASE_URL', 'DATABASE_URL']);
      else assert.equal(secret, undefined, 'production: the operator makes it');
      for (const value of Object.values(secret?.stringData ?? {})) assert.doesNotMatch(value, /:\/\/[^@/]*:[^@/]*@/);
      assert.equal(named(objects, 'Secret', 'continuum-keys'), undefined, 'the keys are never in the manifests');
    });
  });
});

describe('the overlays differ where they should', () => {
  it('the demo runs the demo image, seeds, and adds PostgreSQL; production runs the production image, and its dashboards sign readers in through the identity provider holding no private key', () => {
    const images = (o: K8sObject[]) => [...new Set(hubWorkloads(o).flatMap((w) => containersOf(w).map((c) => c.image)))];
    assert.deepEqual(images(rendered.demo), ['continuum:demo']);
    assert.deepEqual(images(rendered.production), ['registry.example.org/continuum:production']);
    const seed = (o: K8sObject[]) => containersOf(named(o, 'Job', 'migrate')!)[0].env?.find((e) => e.name === 'CONTINUUM_SEED')?.value;
    assert.equal(seed(rendered.demo), 'on');
    assert.equal(seed(rendered.production), 'off');
    assert.ok(named(rendered.demo, 'StatefulSet', 'postgres'), 'demo has PostgreSQL');
    assert.equal(named(rendered.production, 'StatefulSet', 'postgres'), undefined, 'production has no PostgreSQL');
    const dashboard = (o: K8sObject[]) => container(named(o, 'Deployment', 'dashboard')!);
    // The demo's signs in as the demo commissioner with the demo identity provider's key.
    assert.ok(dashboard(rendered.demo).files.some((f) => f.endsWith('/demo-identity-provider.private.jwk.json')));
    const production = dashboard(rendered.production);
    assert.deepEqual(production.files, ['/run/secrets/continuum-keys/hub-services.jwks.json']);
    assert.ok(production.env.CONTINUUM_JWKS_URL && production.env.CONTINUUM_JWT_ISSUER, 'the identity provider is named');
    for (const o of [...rendered.demo, ...rendered.production]) if (o.kind !== 'Namespace') assert.equal(o.metadata.namespace, 'continuum');
  });

  it('the renderer refuses what it does not understand rather than rendering it wrong', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-kustomize-'));
    try {
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources: []\nnamePrefix: x-\n');
      assert.throws(() => kustomize(dir), /does not know namePrefix/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
