import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import type { TransitionModel } from '../generated/prisma/models.ts';
import { readinessFor } from '../transitions/readiness.ts';
import { assessReadiness, type TeamFacts } from '../transitions/readiness-rules.ts';
import { readyTeam, ScriptedGraph } from './transitions-scripted-graph.ts';

const courses = new Map([
  ['HT-PEG', { title: 'PEG feeding', requiresNhsSignOff: true }],
  ['ESS-FA', { title: 'First aid basics', requiresNhsSignOff: false }],
]);

function transition(over: Partial<TransitionModel> = {}): TransitionModel {
  return {
    id: 't-1',
    personId: 'p-1',
    requiredCompetences: ['HT-PEG'],
    newPlan: {
      weeklyAmount: 400,
      hourlyRate: null,
      hoursPerWeek: null,
      phbManagement: 'NOTIONAL',
      paymentSupport: null,
      paymentSupportProviderId: null,
    },
    ...over,
  } as TransitionModel;
}

function team(change: (t: any) => void = () => {}): TeamFacts {
  // A copy made in this file's realm (the global structuredClone builds Node's objects outside jest's sandbox).
  const facts = JSON.parse(JSON.stringify(readyTeam('p-1')));
  change(facts);
  return facts as TeamFacts;
}

describe('transition readiness', () => {
  it('is ready when every PA holds each required competence, NHS-signed where needed, with contract, insurance and pay in order', () => {
    const r = assessReadiness(transition(), team(), courses);
    assert.deepEqual(r, {
      ready: true,
      blockers: [],
      personalAssistants: [{ personalAssistant: { id: 'pa-1' }, ready: true, blockers: [] }],
    });
  });

  it('names a PA whose competence is not signed off by NHS staff, in plain words', () => {
    const r = assessReadiness(
      transition(),
      team((t) => (t.paTeam[0].personalAssistant.trainingRecords[0].signedOffBy.nhsStaff = false)),
      courses,
    );
    assert.equal(r.ready, false);
    assert.deepEqual(r.blockers, [
      {
        kind: 'COMPETENCE_NOT_SIGNED_OFF_BY_NHS',
        detail: 'Aisha Khan has no current PEG feeding (HT-PEG) competence signed off by NHS staff',
        personalAssistant: { id: 'pa-1' },
        courseCode: 'HT-PEG',
      },
    ]);
    assert.equal(r.personalAssistants[0].ready, false);
  });

  it('counts a lapsed record as missing, and needs no NHS sign-off for a course that does not ask for it', () => {
    const lapsed = assessReadiness(
      transition(),
      team((t) => (t.paTeam[0].personalAssistant.trainingRecords[0].current = false)),
      courses,
    );
    assert.deepEqual(
      lapsed.blockers.map((b) => [b.kind, b.courseCode, b.detail]),
      [['MISSING_COMPETENCE', 'HT-PEG', 'Aisha Khan has no current PEG feeding (HT-PEG) competence']],
    );
    const firstAid = assessReadiness(
      transition({ requiredCompetences: ['ESS-FA'] }),
      team((t) => {
        t.paTeam[0].personalAssistant.trainingRecords = [
          { current: true, completedOn: '2026-01-01', course: { code: 'ESS-FA' }, signedOffBy: { nhsStaff: false } },
        ];
      }),
      courses,
    );
    assert.equal(firstAid.ready, true);
  });

  it('asks for updated insurance and pay only when the new plan has health tasks', () => {
    const uncovered = (t: any) => (t.paTeam[0].healthDutiesCover = { insuranceUpdated: false, payRateUpdated: false });
    const withTasks = assessReadiness(transition(), team(uncovered), courses);
    assert.deepEqual(
      withTasks.blockers.map((b) => b.kind),
      ['INSURANCE_NOT_UPDATED', 'PAY_RATE_NOT_UPDATED'],
    );
    assert.equal(assessReadiness(transition({ requiredCompetences: [] }), team(uncovered), courses).ready, true);
  });

  it('reports the person-level blockers: no PA team, no contingency plan, a payment provider not set; and an unsigned contract', () => {
    const noTeam = assessReadiness(
      transition({
        requiredCompetences: [],
        newPlan: { weeklyAmount: 1, paymentSupport: 'MANAGED_ACCOUNT', paymentSupportProviderId: null } as never,
      }),
      team((t) => {
        t.paTeam = [];
        t.carePlan = null;
      }),
      courses,
    );
    assert.deepEqual(
      noTeam.blockers.map((b) => b.kind),
      ['NO_PA_TEAM', 'PAYMENT_PROVIDER_NOT_SET', 'NO_CONTINGENCY_PLAN'],
    );
    assert.match(noTeam.blockers[0].detail, /^Sam Reed has no PA/);
    assert.deepEqual(noTeam.personalAssistants, []);
    const unsigned = assessReadiness(
      transition({ requiredCompetences: [] }),
      team((t) => (t.paTeam[0].contractSigned = false)),
      courses,
    );
    assert.deepEqual(unsigned.blockers, [
      {
        kind: 'CONTRACT_NOT_SIGNED',
        detail: "Aisha Khan's employment contract is not signed",
        personalAssistant: { id: 'pa-1' },
        courseCode: null,
      },
    ]);
  });

  it('asks the graph once for many transitions (DataLoader), and again for the next caller', async () => {
    const graph = new ScriptedGraph();
    const ctx = { graph: graph.asClient() };
    const rows = ['p-1', 'p-2', 'p-3', 'p-2'].map((personId, i) => transition({ id: `t-${i}`, personId }));
    const [a, b] = await Promise.all([readinessFor(ctx, rows.slice(0, 2)), readinessFor(ctx, rows.slice(2))]);
    assert.equal(graph.count('TransitionReadiness'), 1);
    assert.deepEqual(graph.calls[0].variables.ids, ['p-1', 'p-2', 'p-3']);
    assert.equal(a.get('t-0')!.ready, true);
    assert.equal(b.get('t-3')!.ready, true);
    await readinessFor({ graph: graph.asClient() }, rows);
    assert.equal(graph.count('TransitionReadiness'), 2);
  });
});
