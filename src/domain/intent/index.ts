export { INTENTS, isIntent, type Intent } from './intents';
export { tagIntents } from './tag-intents';
export { suggestNextSteps } from './next-steps';
export { RISK_INTENTS, isRiskIntent, riskSignals, describeIntents } from './risk';
