// Baton's own rules: vendor formats secretlint's recommended preset (11.7.1) misses or only half-covers,
// and credentials known by their position whatever the vendor. Each rule says why it exists.
import { toSecretRule, type SecretRule } from './pattern-rule';
import { positionRules } from './position-rules';
import { PLACEHOLDER, looksLikeCredential } from './secret-values';
import { vendorAndNameRules } from './vendor-rules';

// A Kubernetes Secret's data: and stringData: hold nothing but secrets, whatever the key is called.
const SECRET_DATA = /^([ \t]*)(?:stringData|data):[ \t]*\r?\n((?:\1[ \t]+[^\r\n]*(?:\r?\n|$))+)/gm;
const DATA_ENTRY =
  /^[ \t]+["']?[\w.-]+["']?:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+)?["']?([^\s"'#][^\r\n"']*?)["']?[ \t]*$/dgm;

const KUBERNETES_KEYWORDS = ['kind: secret', 'kind: "secret"', "kind: 'secret'"];

function kubernetesSecretData(text: string): Array<[number, number]> {
  if (!/^kind:[ \t]*["']?Secret\b/m.test(text)) return [];
  const spans: Array<[number, number]> = [];
  for (const block of text.matchAll(SECRET_DATA)) {
    const offset = block.index + block[0].length - block[2].length;
    for (const entry of block[2].matchAll(DATA_ENTRY)) {
      const [start, end] = entry.indices![1]!;
      if (!PLACEHOLDER.test(entry[1])) spans.push([offset + start, offset + end]);
    }
  }
  return spans;
}

// A Terraform variable's default: secret when the variable says it is sensitive, or its name does.
const TERRAFORM_VARIABLE = /\bvariable[ \t]+"([^"]+)"[ \t]*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/dg;
const TERRAFORM_DEFAULT = /^[ \t]*default[ \t]*=[ \t]*"([^"\r\n]+)"/dm;
const TERRAFORM_SECRET_NAME = /pass|pwd|secret|token|key|credential/i;
const TERRAFORM_KEYWORDS = ['variable "'];

function terraformDefaults(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const block of text.matchAll(TERRAFORM_VARIABLE)) {
    const body = block[2];
    const sensitive = /^[ \t]*sensitive[ \t]*=[ \t]*true\b/m.test(body);
    if (!sensitive && !TERRAFORM_SECRET_NAME.test(block[1])) continue;
    const value = TERRAFORM_DEFAULT.exec(body);
    if (!value || !looksLikeCredential(value[1])) continue;
    const at = block.indices![2]![0] + value.indices![1]![0];
    spans.push([at, at + value[1].length]);
  }
  return spans;
}

/**
 * Baton's rules, in the order their kinds win where two overlap equally: vendor formats first, then
 * names, then positions.
 */
export const batonRules: readonly SecretRule[] = [
  ...vendorAndNameRules.map(toSecretRule),
  ...positionRules.map(toSecretRule),
  {
    kind: 'terraform-variable',
    why: "a Terraform variable's default sits lines below its name, and `sensitive = true` marks it secret whatever it is called",
    keywords: TERRAFORM_KEYWORDS,
    find: (text, hits) =>
      hits.positionsOf(TERRAFORM_KEYWORDS).length > 0 ? terraformDefaults(text) : [],
  },
  {
    kind: 'kubernetes-secret',
    why: "a Kubernetes Secret's data and stringData hold only secrets, base64 or plain, whatever each key is called",
    keywords: KUBERNETES_KEYWORDS,
    find: (text, hits) =>
      hits.positionsOf(KUBERNETES_KEYWORDS).length > 0 ? kubernetesSecretData(text) : [],
  },
];

/** Each rule's kind and why it exists, for the audit and the docs. */
export const batonRuleReasons: ReadonlyArray<{ kind: string; why: string }> = batonRules.map(
  ({ kind, why }) => ({ kind, why }),
);

/** Every keyword of Baton's rules, for the keyword index the caller builds. */
export const batonKeywords: readonly string[] = [
  ...new Set(batonRules.flatMap((rule) => rule.keywords)),
];
