/**
 * The supported API of the browser and computer toolset helpers. Everything here is runtime-agnostic. The
 * filesystem-backed file policy is on `@anthropic-ai/sdk/helpers/beta/toolsets/node`. The generated
 * member inputs (`BetaBrowserNavigateInput`, `BetaComputerKeyInput`, ...) and wire types (`BetaBrowserToolsetConfigs`,
 * `BetaComputerToolsetConfigs`, the `browser_state` entries) are in `@anthropic-ai/sdk/resources/beta`.
 */
export { BetaAbstractBrowserToolset20260801, type BetaBrowserToolsetOptions } from './browser';
export { BetaAbstractComputerToolset20260801, type BetaComputerToolsetOptions } from './computer';
export {
  ToolsetUsageError,
  ToolsetConfigError,
  ToolsetContractError,
  ToolsetClosedError,
  UnknownMemberError,
  DisabledMemberError,
  UnavailableMemberError,
  InvalidMemberInputError,
  URLRefusedError,
  ConfirmDeclinedError,
  ConfirmFailedError,
  UploadRefusedError,
} from '../../../lib/internal/toolsets/errors';
export { ToolError } from '../../../lib/tools/ToolError';
export type { BetaToolRunContext } from '../../../lib/tools/BetaRunnableTool';
export type { BetaRunnableToolset, BetaToolsetContent } from '../../../lib/tools/BetaRunnableToolset';
export type { BetaScreenshotResult } from '../../../lib/internal/toolsets/core';
export type {
  BetaBrowserNavigateResult,
  BetaNavigationRefused,
  BetaDialogDismissed,
  BetaBrowserState,
  BetaBrowserMemberResult,
} from '../../../lib/internal/toolsets/results';
export type {
  BetaURLContext,
  BetaURLPolicy,
  BetaFilePolicy,
  BetaConfirmContext,
  BetaToolConfigs,
  BetaToolsetCallContext,
  BetaConfirmCallable,
  BetaBrowserStateCallable,
  BetaComputerConfirmContext,
  BetaComputerConfirmCallable,
} from '../../../lib/internal/toolsets/hooks';
export {
  type BetaComputerCursorPositionResult,
  type BetaComputerMemberResult,
} from '../../../lib/internal/toolsets/computer-members';
