export {
  EMULATOR_KEYS,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type EmulatorRequest,
} from './server';
export {
  DEFAULT_REPLY,
  FAULT_KINDS,
  parseScript,
  type EmulatedProvider,
  type EmulatorScript,
  type FaultKind,
  type ScriptedFault,
  type ScriptedReply,
} from './script';
export { countTokens } from './turn';
