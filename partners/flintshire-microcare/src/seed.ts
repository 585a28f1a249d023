/**
 * Demo rows drawn from the demo region, so the graph joins up: 24 micro-carers who are PAs on the
 * register in Flintshire postcodes, and Flintshire residents as their clients. The mix follows
 * the 2022 evaluation: five ready for direct commissioning (three of them already at four care
 * clients, waiting for a vacancy), three part-way through, three not seeking direct
 * commissioning, and the rest at earlier stages.
 */
import type { DemoRegion } from '@continuum/demo';
import { createHash } from 'node:crypto';
import type { PrismaClient } from './generated/prisma/client.ts';
import { demoHours, demoRates, type DemoHoursClient } from './hours/demo.ts';
import { QUALITY_FRAMEWORK_STANDARDS } from './quality-framework.ts';
import { loadCentroids } from './search/centroids.ts';

const FLINTSHIRE = 'W06000005';
const FLINTSHIRE_POSTCODES = ['CH4', 'CH5', 'CH6', 'CH7', 'CH8'];
const TRAINER = 'Flintshire County Council moving and positioning trainer';
const OFFICER = 'Micro-care Contracts Officer, Flintshire County Council';
/** Flintshire's direct-commissioning rate for sole traders (2022). */
const DC_RATE = 16.5;

/** The same id for the same label on every run, so examples and tests can name demo rows. */
export function demoId(label: string): string {
  const h = createHash('sha256').update(`flintshire-microcare/${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const day = (iso: string, plusDays = 0) => new Date(Date.parse(`${iso}T00:00:00Z`) + plusDays * 86_400_000);

type Profile = {
  qf: 'NONE' | 'PART' | 'MINIMUM' | 'ALL';
  course: 0 | 1 | 2;
  contract: boolean;
  partner: boolean;
  seeksDc: boolean;
  careClients: number;
  otherClients: number;
};

/** By position: 0-4 ready, 5-7 part-way, 8-10 not seeking, 11 all but a contingency partner, the rest earlier. */
function profile(i: number): Profile {
  if (i < 5)
    return {
      qf: i < 3 ? 'ALL' : 'MINIMUM',
      course: 2,
      contract: true,
      partner: true,
      seeksDc: true,
      careClients: i < 3 ? 4 : 2,
      otherClients: 1,
    };
  if (i === 5) return { qf: 'PART', course: 0, contract: false, partner: false, seeksDc: true, careClients: 2, otherClients: 0 };
  if (i === 6) return { qf: 'MINIMUM', course: 1, contract: false, partner: false, seeksDc: true, careClients: 3, otherClients: 0 };
  if (i === 7) return { qf: 'MINIMUM', course: 2, contract: false, partner: true, seeksDc: true, careClients: 3, otherClients: 1 };
  if (i <= 10) return { qf: 'MINIMUM', course: 0, contract: false, partner: false, seeksDc: false, careClients: 0, otherClients: 3 };
  if (i === 11) return { qf: 'MINIMUM', course: 2, contract: true, partner: false, seeksDc: true, careClients: 1, otherClients: 0 };
  return {
    qf: i % 2 ? 'PART' : 'NONE',
    course: 0,
    contract: false,
    partner: false,
    seeksDc: true,
    careClients: 1 + (i % 3),
    otherClients: i % 2,
  };
}

export async function seed(db: PrismaClient, region: DemoRegion): Promise<void> {
  const asOf = region.asOf;
  // The demo region's district centroids, for the distance from a person to a micro-carer.
  await loadCentroids(db, region.districtCentroids);
  const pas = region.personalAssistants
    .filter((pa) => FLINTSHIRE_POSTCODES.includes(pa.postcodeDistrict))
    .sort((a, b) =>
      a.employmentStatus === b.employmentStatus ? a.id.localeCompare(b.id) : a.employmentStatus === 'SELF_EMPLOYED' ? -1 : 1,
    )
    .slice(0, 24);
  const onDirectPayment = new Set(
    region.directPayments.filter((d) => d.councilGssCode === FLINTSHIRE && d.end === null).map((d) => d.personId),
  );
  const residents = region.people.filter((p) => p.councilGssCode === FLINTSHIRE).sort((a, b) => a.id.localeCompare(b.id));
  let nextResident = 0;
  const seededClients: DemoHoursClient[] = [];
  await db.microCareRate.createMany({ data: demoRates(region, FLINTSHIRE) });

  for (const [i, pa] of pas.entries()) {
    const p = profile(i);
    const id = demoId(`carer/${i}`);
    const joinedOn = day(asOf, -(120 + i * 30));
    const limited = i % 7 === 3;
    await db.microCarer.create({
      data: {
        id,
        personalAssistantId: pa.id,
        businessName: limited ? `${pa.familyName} Care Ltd` : `${pa.givenName} ${pa.familyName} Micro-care`,
        businessForm: limited ? 'LIMITED_COMPANY' : 'SOLE_TRADER',
        postcodeDistrict: pa.postcodeDistrict,
        services: p.careClients > 0 ? ['PERSONAL_CARE', 'SUPPORT', 'WELL_BEING'] : ['SUPPORT', 'WELL_BEING'],
        joinedOn,
        seeksDirectCommissioning: p.seeksDc,
        hoursAvailablePerWeek: 30 + (i % 4) * 5,
        movingPositioningDay1On: p.course >= 1 ? day(asOf, -60 - i) : null,
        movingPositioningDay2On: p.course === 2 ? day(asOf, -53 - i) : null,
        movingPositioningTrainer: p.course >= 1 ? TRAINER : null,
      },
    });
    const standards = QUALITY_FRAMEWORK_STANDARDS.filter(
      (s) =>
        p.qf === 'ALL' ||
        (p.qf === 'MINIMUM' && s.level === 'MINIMUM') ||
        (p.qf === 'PART' && ['QF-M1', 'QF-M2', 'QF-M3'].includes(s.code)),
    );
    await db.qualityFrameworkSubmission.createMany({
      data: standards.map((s, k) => {
        // Part-way micro-carers have the last of their first standards still in progress.
        const met = p.qf !== 'PART' || k < standards.length - 1;
        const on = day(asOf, -100 - i + k * 3);
        return {
          microCarerId: id,
          code: s.code,
          status: met ? 'MET' : 'IN_PROGRESS',
          signedOffOn: met ? on : null,
          signedOffBy: met ? OFFICER : null,
          updatedOn: on,
        };
      }),
    });
    if (p.contract) {
      await db.directCommissioningContract.create({
        data: {
          id: demoId(`contract/${i}`),
          microCarerId: id,
          reference: `FCC-DC-${String(i + 1).padStart(3, '0')}`,
          signedOn: day(asOf, -45 - i),
          start: day(asOf, -40 - i),
          end: null,
          hourlyRate: DC_RATE,
        },
      });
    }
    const clients = [...Array(p.careClients).fill(true), ...Array(p.otherClients).fill(false)] as boolean[];
    const rows = clients.flatMap((personalCare, k) => {
      const person = residents[nextResident++];
      if (!person) return [];
      // Ready micro-carers hold the council's first directly commissioned packages.
      const funding =
        p.contract && p.partner && k === 0 ? 'DIRECT_COMMISSIONING' : onDirectPayment.has(person.id) ? 'DIRECT_PAYMENT' : 'PRIVATE';
      return [
        {
          id: demoId(`client/${i}/${k}`),
          microCarerId: id,
          personId: person.id,
          start: day(asOf, -30 - k * 7),
          end: null,
          funding,
          personalCare,
          hoursPerWeek: personalCare ? 5 : 2,
        },
      ];
    });
    await db.microCareClient.createMany({ data: rows });
    seededClients.push(...rows);
  }
  // Their hours returns, an hour a visit, to the day before the anchor.
  await db.microCareHours.createMany({ data: demoHours(seededClients, asOf, demoId) });
  // Contingency partners: ready micro-carers cover for each other in pairs, and number 7 with number 0.
  const pairs: [number, number][] = [
    [0, 1],
    [2, 3],
    [4, 0],
    [7, 0],
  ];
  await db.contingencyPartnership.createMany({
    data: pairs
      .filter(([a, b]) => a < pas.length && b < pas.length)
      .flatMap(([a, b]) => [
        { microCarerId: demoId(`carer/${a}`), partnerId: demoId(`carer/${b}`), agreedOn: day(asOf, -35) },
        { microCarerId: demoId(`carer/${b}`), partnerId: demoId(`carer/${a}`), agreedOn: day(asOf, -35) },
      ]),
    skipDuplicates: true,
  });
}
