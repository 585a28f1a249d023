import { GraphRefusedError, GraphUnavailableError, type GraphClient } from '@continuum/runtime';

type Answer = { funderCode: string; decision: 'AGREE' | 'REJECT'; note: string | null };
type Script = () => unknown;

export const offline = () => {
  throw new GraphUnavailableError('the gateway could not be reached: connect ECONNREFUSED');
};
export const refuse = (code: string, message: string) => () => {
  throw new GraphRefusedError(message, code);
};

/** A PA team with nothing missing for HT-PEG. */
export function readyTeam(id: string) {
  return {
    id,
    givenName: 'Sam',
    familyName: 'Reed',
    carePlan: { contingencyPlanInPlace: true },
    paTeam: [
      {
        id: 'employment-1',
        contractSigned: true,
        healthDuties: true,
        healthDutiesCover: { insuranceUpdated: true, payRateUpdated: true },
        personalAssistant: {
          id: 'pa-1',
          givenName: 'Aisha',
          familyName: 'Khan',
          trainingRecords: [{ current: true, completedOn: '2026-05-01', course: { code: 'HT-PEG' }, signedOffBy: { nhsStaff: true } }],
        },
      },
    ],
  };
}

/**
 * Stands in for the gateway in coordinator tests: answers each operation the coordinator
 * sends by its name, from a script the test sets, and records every call.
 */
export class ScriptedGraph {
  calls: { operation: string; variables: any }[] = [];
  answers = new Map<string, { councilResponses: Answer[]; healthResponses: Answer[] }>();
  team: (personId: string) => unknown = readyTeam;
  open: Script = () => ({ __typename: 'PersonalHealthBudget', id: '00000000-0000-4000-8000-000000000001' });
  end: Script = () => ({ __typename: 'DirectPayment', id: 'x' });
  undo: Script = () => ({ council: true, health: true });
  /** Runs before each answer: lets a test change the world while the coordinator is asking. */
  onRequest: (operation: string) => Promise<void> = async () => {};

  count(operation: string): number {
    return this.calls.filter((c) => c.operation === operation).length;
  }

  asClient(): GraphClient {
    return this as unknown as GraphClient;
  }

  async request(query: string, variables: any = {}): Promise<any> {
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)![1];
    this.calls.push({ operation, variables });
    await this.onRequest(operation);
    await new Promise((r) => setTimeout(r, 5));
    switch (operation) {
      case 'TransitionAnswers':
        return Object.fromEntries(
          Object.entries(variables).map(([k, id]) => [
            k.replace('i', 't'),
            this.answers.get(id as string) ?? { councilResponses: [], healthResponses: [] },
          ]),
        );
      case 'TransitionReadiness':
        return {
          peopleById: variables.ids.map((id: string) => this.team(id)),
          courses: [{ code: 'HT-PEG', title: 'PEG feeding', requiresNhsSignOff: true }],
        };
      case 'OpenNewEpisode':
        return { episode: this.open() };
      case 'EndOldEpisode':
        return { episode: this.end() };
      case 'UndoTransitionSteps':
        return this.undo();
      default:
        throw new Error(`unexpected operation ${operation}`);
    }
  }
}
