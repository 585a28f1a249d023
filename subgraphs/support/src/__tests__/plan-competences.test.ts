import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { competencesOfTasks } from '../register/plan-competences.ts';

const tasks = (...descriptions: string[]) => descriptions.map((description) => ({ description }));

describe("the register training a plan's tasks ask for", () => {
  it("reads the demo region's task wording: PEG, stoma, catheter, epilepsy rescue medication, medication", () => {
    assert.deepEqual(
      competencesOfTasks(
        tasks('PEG feeding', 'Stoma care', 'Catheter care', 'Rescue medication for epilepsy', 'Medication administration'),
      ),
      ['PEG_FEEDING', 'STOMA_CARE', 'CATHETER_CARE', 'EPILEPSY_RESCUE_MEDICATION', 'MEDICATION'],
    );
  });

  it('reads free text: gastrostomy and ileostomy care, hoisting and transfers, prompting medicines, seizures', () => {
    assert.deepEqual(competencesOfTasks(tasks('Gastrostomy tube feeding overnight')), ['PEG_FEEDING']);
    assert.deepEqual(competencesOfTasks(tasks('Emptying ileostomy bag')), ['STOMA_CARE']);
    assert.deepEqual(competencesOfTasks(tasks('Hoist transfers bed to chair', 'Repositioning in bed')), ['MOVING_AND_POSITIONING']);
    assert.deepEqual(competencesOfTasks(tasks('Prompting medication')), ['MEDICATION']);
    assert.deepEqual(competencesOfTasks(tasks('Buccal midazolam if a seizure lasts 5 minutes')), ['EPILEPSY_RESCUE_MEDICATION']);
  });

  it('counts a task once, under its most specific competence, and each competence once however many tasks ask for it', () => {
    assert.deepEqual(competencesOfTasks(tasks('Rescue medication for epilepsy')), ['EPILEPSY_RESCUE_MEDICATION']);
    assert.deepEqual(competencesOfTasks(tasks('Prompting medication', 'Medication administration', 'PEG feeding')), [
      'PEG_FEEDING',
      'MEDICATION',
    ]);
  });

  it('asks for nothing for tasks the register records no training for, or words that only look alike', () => {
    assert.deepEqual(
      competencesOfTasks(tasks('Oral suction', 'Pressure area care', 'Shopping', 'Removing rubbish', 'Pegging out washing')),
      [],
    );
    assert.deepEqual(competencesOfTasks([]), []);
  });
});
