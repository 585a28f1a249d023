/** The support items of the council survey (Skills for Care), in the order a commissioner reads them. */
export const SUPPORT_OFFER_ITEMS: Record<string, string> = {
  INFORMATION_ON_EMPLOYING: 'Information about employing a PA',
  PEER_SUPPORT: 'Peer support or mentoring',
  PA_REGISTER: 'PA register',
  RELATIONSHIP_SUPPORT: 'Support with the employer and PA relationship',
  TRAINING_FUNDING: 'Help to get training funding',
  DBS_CHECKS: 'DBS checks',
  PENSIONS: 'Pensions information',
  RATES_OF_PAY: 'Rates of pay information',
  SAFEGUARDING: 'Safeguarding and quality information',
  CARE_CERTIFICATE_ASSESSMENT: 'Care Certificate workplace assessment',
  LEARNING_AND_DEVELOPMENT: 'Ongoing learning and development',
  PRE_EMPLOYMENT_TRAINING: 'Pre-employment training',
  ADVICE_ON_WORKING_AS_PA: 'Advice on working as a PA',
  RELATIONSHIP_BREAKDOWN: 'Help when a relationship breaks down',
  LEGAL_ADVICE: 'Legal advice',
  FINDING_WORK: 'Where to find work',
};
