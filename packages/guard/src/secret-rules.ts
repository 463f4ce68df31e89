// Baton's own rules: vendor formats secretlint's recommended preset (11.7.1) misses or only half-covers,
// and credentials known by their position whatever the vendor. Each rule says why it exists.
import { toSecretRule, type SecretRule } from './pattern-rule';
import { positionRules } from './position-rules';
import { PLACEHOLDER } from './secret-values';
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

/**
 * Baton's rules, in the order their kinds win where two overlap equally: vendor formats first, then
 * names, then positions.
 */
export const batonRules: readonly SecretRule[] = [
  ...vendorAndNameRules.map(toSecretRule),
  ...positionRules.map(toSecretRule),
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
