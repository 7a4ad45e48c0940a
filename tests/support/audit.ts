/**
 * The logic of `npm run audit:ship` (tests/support/audit-ship.ts), kept apart from the command
 * so that tests/unit/audit.test.ts can check it on fixed inputs.
 */

/** One package that `npm ci --omit=dev` installs, as package-lock.json records it. */
export interface ShippedPackage {
  name: string;
  version: string;
  /** Where it is installed: `node_modules/a` or `node_modules/a/node_modules/b`. */
  path: string;
  /** The hash npm checks the download against; absent for a package bundled inside another. */
  integrity?: string;
  /** Listed in package.json's `dependencies`. */
  direct: boolean;
  /** Installed only where its `os`/`cpu` match (native binaries), or if its install succeeds. */
  optional: boolean;
  /** The package that carries it in its own tarball, for a bundled package. */
  bundledIn?: string;
  platform?: string;
}

interface LockEntry {
  name?: string;
  version?: string;
  integrity?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  inBundle?: boolean;
  link?: boolean;
  os?: string[];
  cpu?: string[];
  dependencies?: Record<string, string>;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

/** The package's name from its install path (scoped names keep their scope). */
function nameAt(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/**
 * What ships: every package of the lock file but those npm marks `dev` (needed only by
 * devDependencies), which is exactly what `npm ci --omit=dev` installs and what
 * `npm audit --omit=dev` checks. (`devOptional` packages stay: a production package needs them
 * too, optionally.)
 */
export function shippedPackages(lock: Lockfile): ShippedPackage[] {
  if (lock.lockfileVersion < 2 || !lock.packages) {
    throw new Error(`package-lock.json has lockfileVersion ${lock.lockfileVersion}: version 2 or 3 is needed (npm 7 or later writes it).`);
  }
  const direct = new Set(Object.keys(lock.packages['']?.dependencies ?? {}));
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && !entry.dev && !entry.link)
    .map(([path, entry]) => {
      const name = entry.name ?? nameAt(path);
      const parent = path.slice(0, path.lastIndexOf('/node_modules/'));
      return {
        name,
        version: entry.version ?? '?',
        path,
        ...(entry.integrity ? { integrity: entry.integrity } : {}),
        direct: path === `node_modules/${name}` && direct.has(name),
        optional: Boolean(entry.optional || entry.devOptional),
        ...(entry.inBundle && parent ? { bundledIn: nameAt(parent) } : {}),
        ...(entry.os || entry.cpu ? { platform: [...(entry.os ?? []), ...(entry.cpu ?? [])].join(' ') } : {}),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
type Severity = (typeof SEVERITIES)[number];

interface AuditVulnerability {
  name: string;
  severity: Severity;
  range?: string;
  via: (string | { title?: string; url?: string; severity?: Severity; range?: string })[];
  fixAvailable?: boolean | { name: string; version: string; isSemVerMajor?: boolean };
}

export type AuditOutcome = { ran: true; counts: Record<Severity, number>; serious: string[] } | { ran: false; reason: string };

/**
 * Reads what `npm audit --json` printed. A report (it has `auditReportVersion`) gives the count
 * per severity and one line per high or critical finding; anything else means the audit did
 * not run, and says why (the registry's refusal, as npm reports it).
 */
export function readAudit(stdout: string, stderr = ''): AuditOutcome {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    const said = `${stdout}\n${stderr}`
      .split('\n')
      .find((line) => /error|warn/i.test(line))
      ?.trim();
    return { ran: false, reason: said || 'npm audit printed no report' };
  }
  if (report.auditReportVersion === undefined) {
    const error = report.error as { summary?: string; code?: string } | undefined;
    const reason =
      (typeof report.message === 'string' && report.message) || error?.summary || error?.code || 'npm audit returned no report';
    return { ran: false, reason };
  }
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  const serious: string[] = [];
  for (const vulnerability of Object.values((report.vulnerabilities ?? {}) as Record<string, AuditVulnerability>)) {
    counts[vulnerability.severity] = (counts[vulnerability.severity] ?? 0) + 1;
    if (vulnerability.severity !== 'high' && vulnerability.severity !== 'critical') continue;
    const advisories = vulnerability.via.map((via) =>
      typeof via === 'string' ? `through ${via}` : `${via.title ?? 'advisory'}${via.url ? ` (${via.url})` : ''}`,
    );
    const fix = vulnerability.fixAvailable;
    const fixText =
      fix === true ? 'fix: npm audit fix' : fix ? `fix: ${fix.name}@${fix.version}${fix.isSemVerMajor ? ' (major)' : ''}` : 'no fix yet';
    serious.push(`${vulnerability.severity}: ${vulnerability.name} ${vulnerability.range ?? ''} — ${advisories.join('; ')} — ${fixText}`);
  }
  return { ran: true, counts, serious };
}

/**
 * The command's exit code: 1 for a high or critical finding; when the audit could not run, 0
 * (said loudly, never reported as passed) or 2 with `--strict`, for a pipeline that must not
 * ship unaudited.
 */
export function exitCode(outcome: AuditOutcome, strict: boolean): number {
  if (!outcome.ran) return strict ? 2 : 0;
  return outcome.serious.length > 0 ? 1 : 0;
}
