export {
  collectRelayReport,
  type FeatureRelay,
  type PhaseReport,
  type RelayEvent,
  type RelayReport,
} from './relay-report';
