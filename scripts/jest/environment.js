/**
 * jest's node environment, with one difference: a `fetch` response's `json()` builds its
 * objects in the test file's own realm. Node's fetch lives outside jest's sandbox, so its
 * arrays and objects carry another realm's prototypes, and `assert.deepStrictEqual` would
 * refuse two equal answers ("no visual difference") for that reason alone.
 */
import NodeEnvironment from 'jest-environment-node';

export default class HubTestEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    const realm = this.global;
    const outerFetch = globalThis.fetch;
    realm.fetch = async (input, init) => {
      const response = await outerFetch(input, init);
      const text = response.text.bind(response);
      response.json = async () => realm.JSON.parse(await text());
      return response;
    };
  }
}
