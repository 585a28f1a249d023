import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { operatorHealth, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const personId = region.featured.movedDirectPaymentToPhb;
const person = region.people.find((p) => p.id === personId)!;

const CROSS_AGENCY = `query ($nhsNumber: String!) {
  person(nhsNumber: $nhsNumber) {
    id givenName familyName dateOfBirth postcodeDistrict
    nhsNumber { value verificationStatus }
    fundingHistory {
      __typename id vehicle start end status funderName funderCode weeklyAmount
      ... on DirectPayment { hourlyRate hoursPerWeek paymentSupport paymentSupportProvider { id } council { gssCode name } }
      ... on PersonalHealthBudget { management hourlyRate hoursPerWeek paymentSupportProvider { id } healthBody { odsCode name } }
    }
    paTeam {
      id start end hoursPerWeek role contractSigned active
      personalAssistant {
        id givenName familyName employmentStatus postcodeDistrict
        dbsCheck { status checkedOn }
        trainingRecords { course { code category requiresNhsSignOff } completedOn signedOffBy { name role organisation nhsStaff } }
        careCertificate { standardsCompleted standardsTotal }
      }
    }
  }
}`;

describe('cross-agency query through the gateway over HTTP', () => {
  let hub: TestHub;
  let data: any;
  beforeAll(async () => {
    hub = await startTestHub();
    // The ICB's PHB lead: the ICB funds her personal health budget.
    const res = await hub.as('phb-lead.icb')(CROSS_AGENCY, { nhsNumber: person.nhsNumber });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    data = res.data.person;
  });
  afterAll(() => hub.stop());

  it('returns the person from the people subgraph', () => {
    assert.equal(data.id, person.id);
    assert.equal(data.givenName, person.givenName);
    assert.equal(data.familyName, person.familyName);
    assert.equal(data.dateOfBirth, person.dateOfBirth);
    assert.equal(data.postcodeDistrict, person.postcodeDistrict);
    assert.deepEqual(data.nhsNumber, { value: person.nhsNumber, verificationStatus: 'NUMBER_PRESENT_AND_VERIFIED' });
  });

  it('joins the council direct payment and the ICB personal health budget into one timeline, the DP ending the day before the PHB starts', () => {
    const dps = region.directPayments.filter((d) => d.personId === personId);
    const phbs = region.personalHealthBudgets.filter((d) => d.personId === personId);
    assert.equal(data.fundingHistory.length, dps.length + phbs.length);
    const starts = data.fundingHistory.map((e: any) => e.start);
    assert.deepEqual(starts, [...starts].sort());
    for (const dp of dps) {
      const council = region.councils.find((c) => c.gssCode === dp.councilGssCode)!;
      const got = data.fundingHistory.find((e: any) => e.id === dp.id);
      assert.deepEqual(got, {
        __typename: 'DirectPayment',
        id: dp.id,
        vehicle: 'DIRECT_PAYMENT',
        start: dp.start,
        end: dp.end,
        status: dp.end ? 'ENDED' : 'ACTIVE',
        funderName: council.name,
        funderCode: council.gssCode,
        weeklyAmount: dp.weeklyAmount,
        hourlyRate: dp.hourlyRate,
        hoursPerWeek: dp.hoursPerWeek,
        paymentSupport: dp.paymentSupport,
        paymentSupportProvider: dp.paymentSupportProviderId ? { id: dp.paymentSupportProviderId } : null,
        council: { gssCode: council.gssCode, name: council.name },
      });
    }
    for (const phb of phbs) {
      const body = region.healthBodies.find((h) => h.odsCode === phb.healthBodyOdsCode)!;
      const got = data.fundingHistory.find((e: any) => e.id === phb.id);
      assert.deepEqual(got, {
        __typename: 'PersonalHealthBudget',
        id: phb.id,
        vehicle: 'PERSONAL_HEALTH_BUDGET',
        start: phb.start,
        end: phb.end,
        status: phb.end ? 'ENDED' : 'ACTIVE',
        funderName: body.name,
        funderCode: body.odsCode,
        weeklyAmount: phb.weeklyAmount,
        management: phb.management,
        hourlyRate: phb.hourlyRate,
        hoursPerWeek: phb.hoursPerWeek,
        paymentSupportProvider: phb.paymentSupportProviderId ? { id: phb.paymentSupportProviderId } : null,
        healthBody: { odsCode: body.odsCode, name: body.name },
      });
    }
    const lastDp = dps.sort((a, b) => a.start.localeCompare(b.start)).at(-1)!;
    const firstPhb = phbs.sort((a, b) => a.start.localeCompare(b.start))[0];
    const dayAfter = new Date(Date.parse(`${lastDp.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    assert.equal(dayAfter, firstPhb.start);
  });

  it('keeps the same three PAs across the move, each with their employment, DBS status and training records', () => {
    const employments = region.employments.filter((e) => e.employerPersonId === personId && e.end === null);
    assert.equal(employments.length, 3);
    assert.equal(data.paTeam.length, 3);
    for (const emp of employments) {
      const got = data.paTeam.find((t: any) => t.id === emp.id);
      const pa = region.personalAssistants.find((p) => p.id === emp.personalAssistantId)!;
      assert.deepEqual(
        {
          id: got.id,
          start: got.start,
          end: got.end,
          hoursPerWeek: got.hoursPerWeek,
          role: got.role,
          contractSigned: got.contractSigned,
          active: got.active,
        },
        {
          id: emp.id,
          start: emp.start,
          end: null,
          hoursPerWeek: emp.hoursPerWeek,
          role: emp.role,
          contractSigned: emp.contractSigned,
          active: true,
        },
      );
      assert.ok(
        emp.start <
          region.directPayments
            .filter((d) => d.personId === personId)
            .map((d) => d.end!)
            .sort()
            .at(-1)!,
        'employed before the move',
      );
      assert.deepEqual(
        {
          id: got.personalAssistant.id,
          givenName: got.personalAssistant.givenName,
          familyName: got.personalAssistant.familyName,
          employmentStatus: got.personalAssistant.employmentStatus,
          postcodeDistrict: got.personalAssistant.postcodeDistrict,
          dbsCheck: got.personalAssistant.dbsCheck,
        },
        {
          id: pa.id,
          givenName: pa.givenName,
          familyName: pa.familyName,
          employmentStatus: pa.employmentStatus,
          postcodeDistrict: pa.postcodeDistrict,
          dbsCheck: { status: pa.dbsStatus, checkedOn: pa.dbsCheckedOn },
        },
      );
      const records = region.trainingRecords.filter((r) => r.personalAssistantId === pa.id);
      assert.equal(got.personalAssistant.trainingRecords.length, records.length);
      for (const r of records) {
        const course = region.courses.find((c) => c.id === r.courseId)!;
        assert.ok(
          got.personalAssistant.trainingRecords.some(
            (t: any) =>
              t.course.code === course.code &&
              t.completedOn === r.completedOn &&
              t.signedOffBy.name === r.signedOffBy.name &&
              t.signedOffBy.nhsStaff === r.signedOffBy.nhsStaff,
          ),
          `training ${course.code} on ${r.completedOn} for ${pa.id}`,
        );
      }
      assert.ok(
        got.personalAssistant.trainingRecords.some((t: any) => t.course.requiresNhsSignOff && t.signedOffBy.nhsStaff),
        'holds a health-task competence signed off by NHS staff',
      );
      const standards = new Set(
        records
          .map((r) => region.courses.find((c) => c.id === r.courseId)!)
          .filter((c) => c.careCertificateStandard)
          .map((c) => c.careCertificateStandard),
      );
      assert.deepEqual(got.personalAssistant.careCertificate, { standardsCompleted: standards.size, standardsTotal: 16 });
    }
  });

  it('answers GET /health with every subgraph up (to the operator)', async () => {
    const { status, body } = await operatorHealth(hub);
    assert.equal(status, 200);
    assert.equal(body.status, 'ok');
    assert.deepEqual(body.subgraphs.map((s: any) => [s.name, s.status]).sort(), hub.subgraphs.map((s) => [s.name, 'up']).sort());
  });
});
