export { conductRelay, type RelayOptions, type RelayOutcome } from './relay';
export {
  featureStatus,
  findFeature,
  findFeatures,
  renderStatus,
  type FeatureProject,
  type FeatureStatus,
} from './status';
