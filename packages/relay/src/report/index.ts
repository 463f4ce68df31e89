export { collectRelayReport, type RelayReport } from './relay-report';
