import type { PatternRule } from './pattern-rule';
import { PLACEHOLDER, entropy, isPlaceholderPassword, looksLikeCredential } from './secret-values';

const PASSWORD_WORD = /pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|credential/i;

/** Where only a credential can stand (a quoted curl -u, an XML value), any literal but a placeholder is one. */
const isLiteralCredential = (value: string) =>
  value.length >= 4 && !PLACEHOLDER.test(value) && !isPlaceholderPassword(value);

const lineAt = (text: string, index: number) =>
  text.slice(
    text.lastIndexOf('\n', index) + 1,
    (text.indexOf('\n', index) + 1 || text.length + 1) - 1,
  );

const CONNECTION_KEYS =
  'password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|secret|clientsecret|client secret|token|key|apikey|api key|accesskey|access key';

// Credentials known by where they stand, for any vendor: Baton's own product logic, not vendor patterns.
export const positionRules: PatternRule[] = [
  {
    kind: 'connection-string-secret',
    why: 'a vendor connection string (ADO.NET, Azure storage and service bus, ODBC) carries its secret as one Key=value pair among others',
    keywords: ['password', 'pwd', 'key', 'secret', 'token', 'signature'],
    needs: ';',
    // The names lead and the look-behind follows, so that the scan can jump to a name.
    pattern: new RegExp(
      String.raw`(?:${CONNECTION_KEYS})(?<=(?:^|[;"'\x60])[ \t]*(?:${CONNECTION_KEYS}))` +
        String.raw`[ \t]*=[ \t]*([^;"'\x60\r\n]+?)[ \t]*(?=;|["'\x60\r\n]|$)`,
      'dgim',
    ),
    group: 1,
    accept: (value, match, text) => {
      const line = lineAt(text, match.index);
      return line.includes(';') && /\w=[^;]*;/.test(line) && looksLikeCredential(value);
    },
  },
  {
    kind: 'cli-password',
    why: "a password given to a command line's --password, --token or --api-key option",
    keywords: [
      '--pass',
      '--http-pass',
      '--ftp-pass',
      '--proxy-pass',
      '--token',
      '--secret',
      '--api',
      '--auth',
      '--client-secret',
      '--access-token',
      '--db-pass',
    ],
    pattern:
      /(?<=^|[\s"'])--(?:[a-z0-9]+-)*(?:password|passwd|pass|pwd|token|secret|api-?key|auth)(?:=|[ \t]+)(["']?)([^\s"'$-][^\s"']*)\1/dgim,
    group: 2,
    accept: looksLikeCredential,
  },
  {
    kind: 'cli-password',
    why: "curl's -u/--user and wget's --user carry user:password in one argument",
    keywords: ['curl', '--user'],
    pattern:
      /(?:\bcurl\b[^\r\n]*?\s(?:-u|-U|--proxy-user)|\s--user)(?:[ \t]+|=)(?:'[^':\r\n]*:([^'\r\n]+)'|"[^":\r\n]*:([^"\r\n]+)"|[^\s:"'@]*:([^\s"']+))/dgi,
    group: [1, 2, 3],
    // The argument is user:password by definition, so even a password shorter than four characters is one.
    accept: (value) => !PLACEHOLDER.test(value) && !isPlaceholderPassword(value),
  },
  {
    kind: 'cli-password',
    why: 'mysql -pSECRET, redis-cli -a, docker login -p, sshpass -p and mongo -p take a password as a short option',
    keywords: ['mysql', 'mariadb', 'redis-cli', 'login', 'sshpass', 'mongo'],
    pattern:
      /\b(?:(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\r\n]*?\s-p(?![\s-])|redis-cli\b[^\r\n]*?\s-a[ \t]+|(?:docker|podman|nerdctl|helm[ \t]+registry)[ \t]+login\b[^\r\n]*?\s-p[ \t]+|sshpass[ \t]+-p[ \t]*|mongo(?:sh)?\b[^\r\n]*?\s-p[ \t]+)(["']?)([^\s"']+)\1/dgi,
    group: 2,
    accept: looksLikeCredential,
  },
  {
    kind: 'auth-header',
    why: 'an Authorization header carries a credential whatever its scheme (Basic, Token, Digest) or vendor',
    keywords: ['authorization'],
    pattern:
      /\b(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["'\x60]?(?:(basic|bearer|token|digest|negotiate|apikey|sso-key|key)[ \t]+)?([^\s"'\x60,;]{6,})/dgi,
    group: 2,
    accept: (value, match) =>
      looksLikeCredential(value) && (match[1] !== undefined || /\d/.test(value)),
  },
  {
    kind: 'query-credential',
    why: 'an API key, token or signature in a URL query string (?api_key=, &access_token=, &sig=)',
    keywords: [
      'key=',
      'token=',
      'secret=',
      'password=',
      'passwd=',
      'pwd=',
      'sig=',
      'signature=',
      'auth=',
    ],
    pattern:
      /[?&](?:[a-z0-9_.-]*?(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|id[_-]?token|refresh[_-]?token|token|secret|password|passwd|pwd|sig|signature|key|auth))=([^&#\s"'\x60<>]{6,})/dgi,
    group: 1,
    accept: looksLikeCredential,
  },
  {
    kind: 'credential-pair',
    why: 'a user:password pair of random hex (a Sidekiq or other vendor licence) assigned to any name: the password half is masked',
    keywords: [],
    // The colon leads, so that the scan can jump to it; the look-behind reads the assignment and the user.
    pattern: /:(?<=(?:[=:>,]|\|\|)[ \t'"\x60=]{0,5}([0-9a-f]{8,64}):)([0-9a-f]{8,64})(?![\w:])/dgi,
    group: 2,
    accept: (password, match) => {
      const pair = match[1] + password;
      return /[a-f]/i.test(pair) && /\d/.test(pair) && entropy(pair) >= 2.5;
    },
  },
  {
    kind: 'npmrc-credential',
    why: ".npmrc's _auth and _password (base64) and _authToken, under any registry",
    keywords: ['_auth', '_password'],
    pattern: /(?:^|[\s:])_(?:authToken|auth|password)[ \t]*=[ \t]*["']?([^\s"']+)/dgm,
    group: 1,
    accept: looksLikeCredential,
  },
  {
    kind: 'password',
    why: 'a password written as a literal (INI, TOML, .properties, .pypirc, .tfvars, YAML, code): no entropy bar, any literal is one',
    keywords: ['pass', 'pwd'],
    pattern:
      /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd)[A-Za-z0-9_.-]*["']?[ \t]*(?:=|:)[ \t]*(?:"([^"\r\n]{4,256})"|'([^'\r\n]{4,256})'|([^\s"'#;,(){}[\]]{4,256})[ \t]*(?=\r?\n|$))/dgim,
    group: [1, 2, 3],
    accept: (value) => !/\s/.test(value) && looksLikeCredential(value),
  },
  {
    kind: 'password',
    why: '.netrc writes `machine host login user password secret`, with no = sign',
    keywords: ['machine', 'password ', 'password\t'],
    pattern: /(?:\bmachine[ \t]+\S+(?:[ \t]+login[ \t]+\S+)?[ \t]+|^[ \t]*)password[ \t]+(\S+)/dgm,
    group: 1,
    accept: looksLikeCredential,
  },
  {
    kind: 'docker-auth',
    why: "Docker's config.json keeps base64 user:password in auths.*.auth, and registry tokens beside it",
    keywords: ['"auth"', 'identitytoken', 'registrytoken'],
    pattern: /"(?:auth|identitytoken|registrytoken)"[ \t]*:[ \t]*"([^"]{8,})"/dg,
    group: 1,
    accept: looksLikeCredential,
  },
  {
    kind: 'xml-secret',
    why: 'XML holds credentials as <password>…</password> elements and <add key="…Password" value="…"/> pairs',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential'],
    pattern:
      /<([\w:.-]*(?:password|passwd|pwd|secret|token|apikey|api[_-]key|accesskey|access[_-]key|credential)[\w:.-]*)(?:\s[^>]*)?>([^<\s][^<]{0,510}?)<\/\1>|\bkey[ \t]*=[ \t]*"[^"]*(?:password|secret|token|apikey|connectionstring)[^"]*"[ \t]+value[ \t]*=[ \t]*"([^"]+)"/dgi,
    group: [2, 3],
    accept: isLiteralCredential,
  },
  {
    kind: 'password',
    why: "PowerShell's ConvertTo-SecureString -AsPlainText takes the password as a literal",
    keywords: ['convertto-securestring'],
    pattern: /\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(["'])([^"'\r\n]{4,256})\1/dgi,
    group: 2,
    accept: looksLikeCredential,
  },
  {
    kind: 'seed-phrase',
    why: "a wallet's mnemonic is words, not random characters, so only its name and its 12 to 24 words tell it",
    keywords: ['mnemonic', 'seed', 'recovery'],
    pattern:
      /(?:mnemonic|seed[_ .-]?(?:phrase|words)|recovery[_ .-]?phrase)\w*["']?[ \t]*(?:=>|:=|=|:)[ \t]*(["'\x60]?)((?:[a-z]{3,8}[ \t]+){11,23}[a-z]{3,8})\1(?![ \t]*[a-z])/dgi,
    group: 2,
  },
  {
    kind: 'dockerfile-env',
    why: 'a Dockerfile may write `ENV DB_PASSWORD secret`, with no = sign',
    keywords: ['env ', 'env\t'],
    pattern: /^[ \t]*ENV[ \t]+([A-Za-z_]\w*)[ \t]+(?!=)(\S+)[ \t]*$/dgm,
    group: 2,
    accept: (value, match) => PASSWORD_WORD.test(match[1]) && looksLikeCredential(value),
  },
];
