/** A personal assistant as this subgraph knows one: the hub id the support register minted. */
export interface PersonalAssistantRef {
  id: string;
}
